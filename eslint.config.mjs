// ESLint: rules that catch real bugs, and the import directions of the architecture
// (docs/architecture.md, "What may import what"). Formatting is Prettier's job alone.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/** Each layer of src/ and the layers of src/ it must not import (its own folder is always allowed). */
const LAYERS = {
  lib: ["auth", "bedrock", "config", "emulator", "models", "observability", "schema", "server", "service", "store"],
  config: ["auth", "bedrock", "emulator", "lib", "models", "observability", "schema", "server", "service", "store"],
  models: ["auth", "bedrock", "config", "emulator", "observability", "schema", "server", "service", "store"],
  bedrock: ["auth", "config", "emulator", "models", "observability", "schema", "server", "service", "store"],
  auth: ["bedrock", "config", "emulator", "models", "observability", "schema", "server", "service", "store"],
  store: ["auth", "bedrock", "config", "emulator", "models", "observability", "schema", "server", "service"],
  service: ["config", "emulator", "observability", "schema", "server"],
  observability: ["auth", "bedrock", "emulator", "models", "schema", "server", "store"],
  schema: ["auth", "bedrock", "config", "emulator", "observability", "server", "store"],
  server: ["bedrock", "emulator", "models", "schema", "service", "store"],
  emulator: ["auth", "bedrock", "config", "lib", "models", "observability", "schema", "server", "service", "store"],
};
const TOP_LEVEL_FILES = ["context.ts", "gateway.ts", "lambda.ts", "main.ts"];

/** What each layer may not import from the top-level files of src/. */
const TOP_LEVEL_LIMITS = {
  lib: TOP_LEVEL_FILES,
  config: TOP_LEVEL_FILES,
  models: TOP_LEVEL_FILES,
  bedrock: TOP_LEVEL_FILES,
  auth: TOP_LEVEL_FILES,
  store: TOP_LEVEL_FILES,
  service: TOP_LEVEL_FILES,
  observability: TOP_LEVEL_FILES,
  schema: ["gateway.ts", "lambda.ts", "main.ts"],
  server: ["gateway.ts", "lambda.ts", "main.ts"],
  emulator: TOP_LEVEL_FILES,
};

const layerZones = Object.entries(LAYERS).flatMap(([layer, forbidden]) => [
  ...forbidden.map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    message: `src/${layer}/ may not import src/${other}/ (docs/architecture.md, "What may import what").`,
  })),
  ...TOP_LEVEL_LIMITS[layer].map((file) => ({
    target: `./src/${layer}`,
    from: `./src/${file}`,
    message: `src/${layer}/ may not import src/${file} (docs/architecture.md, "What may import what").`,
  })),
]);

// Every layer above lists the emulator; the top-level files other than main.ts must not reach it either.
const startsTheEmulator = ["context.ts", "gateway.ts", "lambda.ts"].map((file) => ({
  target: `./src/${file}`,
  from: "./src/emulator",
  message: "Only src/main.ts starts the emulator; the gateway never imports it (docs/architecture.md).",
}));

const PURE = "Codecs are pure: no SDK, no GraphQL, no I/O.";
const NO_GRAPHQL = "The service layer knows no GraphQL and no HTTP server.";
const SDK_IN_BEDROCK = "Only src/bedrock/ (and the emulator, which speaks the wire protocol) imports the AWS SDK.";

/** Packages each part of src/ must not import: provider specifics stay pure, GraphQL stays at the edge, the AWS SDK in bedrock/. */
const PACKAGE_BANS = {
  "src/models/**/*.ts": [
    ["@aws-sdk", SDK_IN_BEDROCK],
    ["@smithy", PURE],
    ["graphql", PURE],
    ["type-graphql", PURE],
    ["dataloader", PURE],
  ],
  "src/service/**/*.ts": [
    ["@aws-sdk", SDK_IN_BEDROCK],
    ["graphql", NO_GRAPHQL],
    ["type-graphql", NO_GRAPHQL],
    ["@apollo", NO_GRAPHQL],
    ["fastify", NO_GRAPHQL],
  ],
  "src/{auth,config,lib,schema,server,store,observability}/**/*.ts": [["@aws-sdk", SDK_IN_BEDROCK]],
  "src/*.ts": [["@aws-sdk", SDK_IN_BEDROCK]],
};

// One block per glob: a later block's `no-restricted-imports` would replace an earlier one's, not add to it.
const packageBans = Object.entries(PACKAGE_BANS).map(([files, bans]) => ({
  files: [files],
  rules: {
    "no-restricted-imports": ["error", { patterns: bans.map(([group, message]) => ({ group: [group, `${group}/**`], message })) }],
  },
}));

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "examples/generated/", "examples/web/dist/", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })] },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import-x/no-restricted-paths": ["error", { zones: [...layerZones, ...startsTheEmulator] }],
    },
  },
  ...packageBans,
  // Tests may reach for `any` where they read arbitrary JSON answers.
  { files: ["test/**/*.ts", "bench/**/*.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  prettier,
);
