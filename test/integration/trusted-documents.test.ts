import { join } from "node:path";
import { type DocumentNode } from "graphql";
import { hashApiKey } from "../../src/auth/authenticator";
import { GenerateTextDocument, MeDocument } from "../../examples/generated/graphql";
import { fetchCalls } from "../helpers/emulator-harness";
import { policyAuth } from "../helpers/policy-auth";
import { startGatewayHarness, type GatewayHarness, type HarnessAuth } from "../helpers/gateway-harness";
import { readEvents } from "../helpers/sse-client";
import { connectWebSocket } from "../helpers/subscription-client";

// The manifest `npm run codegen` writes, and the hashes its generated documents carry: what a
// public app built from examples/operations sends.
const MANIFEST = join(__dirname, "..", "..", "examples", "generated", "persisted-documents.json");
const hashOf = (document: DocumentNode) => (document as unknown as { __meta__: { hash: string } }).__meta__.hash;
const APP_KEY = "public-web-app-key";
const DEVELOPER_KEY = "developer-key";
const ARBITRARY_INVOKE = `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "free text" } }) { __typename } }`;

interface Answer {
  /** HTTP status; 200 for a WebSocket message. */
  status: number;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}
interface Operation {
  query?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

const byHash = (document: DocumentNode, variables: Record<string, unknown> = {}): Operation => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(document) } },
});

/** One operation over each transport, with the caller's API key; the first answer. */
const TRANSPORTS: Record<string, (harness: GatewayHarness, operation: Operation, key: string) => Promise<Answer>> = {
  "HTTP POST": async ({ gatewayUrl }, operation, key) => {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": key },
      body: JSON.stringify(operation),
    });
    return { status: response.status, body: (await response.json()) as Answer["body"] };
  },
  "HTTP GET": async ({ gatewayUrl }, operation, key) => {
    const url = new URL(gatewayUrl);
    for (const [name, value] of Object.entries(operation)) url.searchParams.set(name, typeof value === "string" ? value : JSON.stringify(value));
    const response = await fetch(url, { headers: { "x-api-key": key, "apollo-require-preflight": "true" } });
    return { status: response.status, body: (await response.json()) as Answer["body"] };
  },
  WebSocket: ({ gatewayUrl }, operation, key) => {
    const client = connectWebSocket(gatewayUrl, { "x-api-key": key });
    return new Promise<Answer>((resolve, reject) => {
      // graphql-ws requires a query string; a client naming a trusted document sends an empty one.
      client.subscribe(
        { query: "", ...operation },
        {
          next: (result) => resolve({ status: 200, body: result as Answer["body"] }),
          error: (error) => (Array.isArray(error) ? resolve({ status: 200, body: { errors: error } }) : reject(error)),
          complete: () => undefined,
        },
      );
    }).finally(() => client.dispose());
  },
  SSE: async ({ gatewayUrl }, operation, key) => {
    const response = await fetch(`${gatewayUrl}/stream`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", "x-api-key": key },
      body: JSON.stringify(operation),
    });
    if (!(response.headers.get("content-type") ?? "").includes("text/event-stream"))
      return { status: response.status, body: (await response.json()) as Answer["body"] };
    for await (const event of readEvents(response.body!))
      if (event.event === "next") return { status: response.status, body: JSON.parse(event.data) as Answer["body"] };
    throw new Error("the stream ended without an answer");
  },
};
const transports = Object.keys(TRANSPORTS);

function auth(): HarnessAuth {
  return policyAuth({
    version: 1,
    everyone: { statements: [{ effect: "allow", models: ["*"] }] },
    principals: {
      "web-app": { apiKeys: [hashApiKey(APP_KEY)] },
      developer: { apiKeys: [hashApiKey(DEVELOPER_KEY)], arbitraryOperations: true },
    },
  });
}

describe("trusted documents only (TRUSTED_DOCUMENTS_ONLY=true, the codegen manifest)", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({}, { auth: auth(), trustedDocuments: { file: MANIFEST, only: true } });
  });
  afterAll(() => harness.close());

  it.each(transports)("over %s, the app runs its operations by hash, the text never sent", async (transport) => {
    // HTTP GET runs queries only (a mutation over GET is refused as CSRF-prone), so it and the streams read `me`.
    const isStream = transport !== "HTTP POST";
    const answer = await TRANSPORTS[transport]!(
      harness,
      isStream ? byHash(MeDocument) : byHash(GenerateTextDocument, { modelId: "amazon.nova-lite-v1:0", prompt: "hi" }),
      APP_KEY,
    );
    expect(answer.body.errors).toBeUndefined();
    if (isStream) expect(answer.body.data!.me.id).toBe("web-app");
    else expect(answer.body.data!.invokeModel.__typename).toBe("TextResult");
  });

  it.each(transports)("over %s, any other operation from the app is refused before it runs, and reaches no model", async (transport) => {
    const before = (await fetchCalls(harness.emulatorUrl)).length;
    const query = transport === "HTTP GET" ? "query { modelFamilies { family } }" : ARBITRARY_INVOKE;
    const answer = await TRANSPORTS[transport]!(harness, { query }, APP_KEY);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    expect(answer.body.errors?.[0]?.extensions).not.toHaveProperty("http");
    if (transport !== "WebSocket") expect(answer.status).toBe(403);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(before);
  });

  it.each(transports)("over %s, an unknown hash is PERSISTED_QUERY_NOT_FOUND, as Apollo's clients expect", async (transport) => {
    const answer = await TRANSPORTS[transport]!(harness, { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, APP_KEY);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it.each(transports)("over %s, a hash runs the manifest's text, not a different text sent with it", async (transport) => {
    const answer = await TRANSPORTS[transport]!(harness, { ...byHash(MeDocument), query: "query { me { id groups } }" }, APP_KEY);
    if (transport.startsWith("HTTP")) {
      // Apollo checks a text sent with a hash against it, and refuses a mismatch.
      expect(answer.body.errors?.[0]?.message).toBe("provided sha does not match query");
    } else {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data!.me).toHaveProperty("allowedModels");
    }
  });

  it.each(transports)("over %s, a caller with arbitraryOperations in the policy runs any operation", async (transport) => {
    const answer = await TRANSPORTS[transport]!(harness, { query: "query { me { id } }" }, DEVELOPER_KEY);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.me.id).toBe("developer");
  });
});

describe("a manifest without TRUSTED_DOCUMENTS_ONLY (development)", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({}, { auth: auth(), trustedDocuments: { file: MANIFEST, only: false } });
  });
  afterAll(() => harness.close());

  it.each(transports)("over %s, hashes resolve and any operation still runs", async (transport) => {
    expect((await TRANSPORTS[transport]!(harness, byHash(MeDocument), APP_KEY)).body.data!.me.id).toBe("web-app");
    expect((await TRANSPORTS[transport]!(harness, { query: "query { me { id } }" }, APP_KEY)).body.data!.me.id).toBe("web-app");
  });
});
