import { type ApolloServerPlugin } from "@apollo/server";
import { type RequestContext } from "../context";
import { type TrustedDocuments } from "./trusted-documents";

/**
 * HTTP's side of trusted documents. Apollo resolves a hash through its persisted-query cache,
 * here the manifest (read-only: a client cannot register a text of its own); this refuses, once
 * the operation is resolved, a text the caller may not run, as WebSocket and SSE refuse it in
 * the pipeline's admission.
 */
export function trustedDocumentsPlugin(trusted: TrustedDocuments): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, contextValue }) {
          const refusal = trusted.refusal(source, contextValue.caller);
          if (refusal !== null) throw refusal;
        },
      };
    },
  };
}

/** The manifest as Apollo's persisted-query cache, whose keys it prefixes with `apq:`. */
export function trustedDocumentsCache(trusted: TrustedDocuments) {
  return {
    get: async (key: string) => trusted.byHash(key.replace(/^apq:/, "")),
    set: async () => undefined,
    delete: async () => undefined,
  };
}
