// graphql-codegen document transform (codegen.yml): adds `__typename` to every selection set, as
// Apollo Client's cache does to what it sends, so the trusted documents the gateway runs answer
// exactly what the cache expects.
exports.transform = require("@graphql-codegen/client-preset").addTypenameSelectionDocumentTransform.transform;
