import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { getIntrospectionQuery } from "graphql";
import { clearEmulator, fetchCalls } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { collectServerSentEvents } from "../helpers/sse-client";
import { connectWebSocket } from "../helpers/subscription-client";

const MODEL = "anthropic.claude-3-haiku-20240307-v1:0";

/** An invokeModel mutation asked `count` times under aliases. */
function aliased(count: number): string {
  const calls = Array.from(
    { length: count },
    (_, index) => `a${index}: invokeModel(input: { modelId: "${MODEL}", text: { prompt: "hi" } }) { __typename }`,
  );
  return `mutation { ${calls.join("\n")} }`;
}

const tooManyDirectives = (count: number) => `query { modelFamilies { family ${"@include(if: true) ".repeat(count)} } }`;

const tooManyTokens = (count: number) => `query { modelFamilies { ${"family ".repeat(count)} } }`;

/** Sends one operation over graphql-ws and resolves with its errors (or none). */
function overWebSocket(url: string, query: string): Promise<Array<{ message: string; extensions?: Record<string, unknown> }>> {
  const client = connectWebSocket(url);
  return new Promise((resolve, reject) => {
    client.subscribe(
      { query },
      {
        next: (result) => resolve((result.errors as any) ?? []),
        error: (error) => (Array.isArray(error) ? resolve(error) : reject(error)),
        complete: () => resolve([]),
      },
    );
  }).finally(() => client.dispose()) as Promise<Array<{ message: string; extensions?: Record<string, unknown> }>>;
}

describe("hostile operations are refused before execution, on every transport", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 }, { limits: { maxAliases: 3, maxDepth: 2, maxDirectives: 3, maxTokens: 200 } });
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  const cases: Array<[string, string, string]> = [
    ["too many aliases", aliased(4), "aliases"],
    // Three levels of fields, past this suite's limit of 2 (introspection has a depth limit of its own).
    ["too deep", "query { models { pricing { inputPer1kTokensUsd } } }", "depth"],
    ["too many directives", tooManyDirectives(4), "directives"],
    ["too many tokens", tooManyTokens(300), "tokens"],
  ];

  it.each(cases)("HTTP: %s", async (_name, query, limit) => {
    const response = await harness.graphql(query);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.message).toMatch(/limit|tokens/);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: expect.stringMatching(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/), limit });
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(0);
  });

  it.each(cases)("WebSocket: %s", async (_name, query, limit) => {
    const errors = await overWebSocket(harness.gatewayUrl, query);
    expect(errors[0]?.extensions).toMatchObject({ limit });
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(0);
  });

  it.each(cases)("Server-Sent Events: %s", async (_name, query, limit) => {
    const { payloads } = await collectServerSentEvents(`${harness.gatewayUrl}/stream`, query);
    expect(payloads[0]?.errors?.[0]?.extensions).toMatchObject({ limit });
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(0);
  });

  it("lets operations within the limits through", async () => {
    const response = await harness.graphql(aliased(3));
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data ?? {}).map((result: any) => result.__typename)).toEqual(["TextResult", "TextResult", "TextResult"]);
  });

  it("refuses a body over the size limit with 413 and calls nothing", async () => {
    const response = await fetch(harness.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // Past MAX_BODY_BYTES's default of 28 MiB.
      body: JSON.stringify({ query: "query { __typename }", variables: { padding: "x".repeat(29 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(0);
  });

  it("refuses a cross-site simple request (CSRF prevention)", async () => {
    const response = await fetch(`${harness.gatewayUrl}?query=${encodeURIComponent("{ __typename }")}`, { method: "GET" });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe("input sizes", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 }, { limits: { maxPromptChars: 100, maxListLength: 2 } });
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  const INVOKE = `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on ValidationError { field message source } } }`;

  it.each([
    ["a long prompt", { prompt: "x".repeat(101) }, "input.text.prompt"],
    ["too many messages", { messages: [1, 2, 3].map(() => ({ role: "USER", content: "hi" })) }, "input.text.messages"],
    ["too many stop sequences", { prompt: "hi", stopSequences: ["a", "b", "c"] }, "input.text.stopSequences"],
  ])("refuses %s as a ValidationError, sending nothing", async (_name, text, field) => {
    const result = (await harness.graphql(INVOKE, { input: { modelId: MODEL, text } })).data?.invokeModel;
    expect(result).toMatchObject({ __typename: "ValidationError", field, source: "GATEWAY" });
    expect(result.message).toMatch(/limit/);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(0);
  });
});

describe("exploring the schema, with introspection on", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness();
  });
  afterAll(() => harness.close());

  // What Apollo Sandbox, IDE plugins and graphql-codegen send to load a schema.
  const FULL_INTROSPECTION = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    inputValueDeprecation: true,
  });

  it("answers the standard introspection query over HTTP and WebSocket, under the default limits", async () => {
    const overHttp = await harness.graphql(FULL_INTROSPECTION);
    expect(overHttp.errors).toBeUndefined();
    expect(overHttp.data!.__schema.types.length).toBeGreaterThan(20);
    expect(await overWebSocket(harness.gatewayUrl, FULL_INTROSPECTION)).toEqual([]);
  });

  it("still refuses introspection nested past any real type, and other fields past the depth limit", async () => {
    const ofTypes = (levels: number): string => (levels === 0 ? "name" : `ofType { ${ofTypes(levels - 1)} }`);
    const tooDeep = await harness.graphql(`query { __schema { types { fields { type { ${ofTypes(14)} } } } } }`);
    expect(tooDeep.errors?.[0]).toMatchObject({ extensions: { limit: "depth" } });
  });

  it("lets graphql-codegen generate a typed client from the running gateway's URL", async () => {
    const directory = mkdtempSync(join(tmpdir(), "codegen-"));
    const root = join(__dirname, "..", "..");
    try {
      const config = join(directory, "codegen.yml");
      writeFileSync(
        config,
        [
          `schema: ${harness.gatewayUrl}`,
          `documents: ${join(root, "examples", "operations", "*.graphql")}`,
          "generates:",
          `  ${join(directory, "generated")}/:`,
          "    preset: client",
        ].join("\n"),
      );
      await promisify(execFile)(join(root, "node_modules", ".bin", "graphql-codegen"), ["--config", config], { cwd: root });
      const generated = readFileSync(join(directory, "generated", "graphql.ts"), "utf8");
      expect(generated).toContain("export type BedrockErrorCode");
      expect(generated).toContain("export const EmbedTextDocument");
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("in production", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({}, { production: true });
  });
  afterAll(() => harness.close());

  const INTROSPECTION = "query { __schema { queryType { name } } }";

  it("refuses introspection over HTTP", async () => {
    expect((await harness.graphql(INTROSPECTION)).errors?.[0]?.message).toMatch(/introspection/i);
  });

  it("refuses introspection over WebSocket", async () => {
    expect((await overWebSocket(harness.gatewayUrl, INTROSPECTION))[0]?.message).toMatch(/introspection/i);
  });

  it("refuses introspection over Server-Sent Events", async () => {
    const { payloads } = await collectServerSentEvents(`${harness.gatewayUrl}/stream`, INTROSPECTION);
    expect(payloads[0]?.errors?.[0]?.message).toMatch(/introspection/i);
  });

  // A misspelt field, and a misspelt enum value in a variable (coerced at execution).
  const MISSPELT_FIELD = `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename ... on TextResult { txt } } }`;
  const MISSPELT_ENUM = `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename } }`;
  const badRole = { input: { modelId: "amazon.nova-lite-v1:0", text: { messages: [{ role: "USR", content: "hi" }] } } };

  it("names no schema field or value it could mean, on any transport", async () => {
    const messages = [
      ...((await harness.graphql(MISSPELT_FIELD)).errors ?? []),
      ...((await harness.graphql(MISSPELT_ENUM, badRole)).errors ?? []),
      ...(await overWebSocket(harness.gatewayUrl, MISSPELT_FIELD)),
      ...(await collectServerSentEvents(`${harness.gatewayUrl}/stream`, MISSPELT_FIELD)).payloads.flatMap((payload) => payload.errors ?? []),
      ...(await collectServerSentEvents(`${harness.gatewayUrl}/stream`, MISSPELT_ENUM, badRole)).payloads.flatMap((payload) => payload.errors ?? []),
    ].map((error: { message: string }) => error.message);
    expect(messages).toHaveLength(5);
    for (const message of messages) expect(message).not.toMatch(/did you mean/i);
    expect(messages[0]).toMatch(/Cannot query field "txt"/);
  });

  it("serves no landing page", async () => {
    const response = await fetch(harness.gatewayUrl, { headers: { accept: "text/html" } });
    expect(await response.text()).not.toMatch(/<html/i);
  });
});
