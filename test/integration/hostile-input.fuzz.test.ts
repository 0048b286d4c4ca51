import { clearEmulator, fetchCalls } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

/**
 * Malformed GraphQL, invalid JSON, wrong types, huge and deeply nested inputs, generated from a
 * fixed seed so a failure reproduces: every answer is a clear client error (never a 5xx or a
 * dropped connection), the gateway keeps serving, and Bedrock is never called.
 */

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const MUTATION = "mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename } }";

function hostileBodies(random: () => number): Array<{ name: string; body: string }> {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const junk = (length: number) => Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 0x7f))).join("");
  const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
  const bodies: Array<{ name: string; body: string }> = [
    { name: "empty", body: "" },
    { name: "not JSON", body: "{query: mutation" },
    { name: "JSON null", body: "null" },
    { name: "JSON array of junk", body: "[1, 2, 3]" },
    { name: "query is a number", body: JSON.stringify({ query: 42 }) },
    { name: "variables is a string", body: JSON.stringify({ query: MUTATION, variables: "nope" }) },
    { name: "deeply nested JSON", body: `{"query": ${JSON.stringify(MUTATION)}, "variables": {"input": ${nested(5_000)}}}` },
    { name: "deeply nested selection", body: JSON.stringify({ query: `{ ${"modelFamilies { ".repeat(500)}${"}".repeat(500)} }` }) },
    { name: "input of wrong type", body: JSON.stringify({ query: MUTATION, variables: { input: { modelId: 7, text: "hello" } } }) },
    {
      name: "huge modelId",
      body: JSON.stringify({ query: MUTATION, variables: { input: { modelId: "m".repeat(500_000), text: { prompt: "hi" } } } }),
    },
    {
      name: "huge prompt",
      body: JSON.stringify({
        query: MUTATION,
        variables: { input: { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "p".repeat(900_000) } } },
      }),
    },
    { name: "unterminated string", body: JSON.stringify({ query: 'mutation { invokeModel(input: { modelId: "x' }) },
  ];
  for (let index = 0; index < 40; index++) {
    const mutate = pick(["junk query", "truncated body", "junk variables", "sliced operation"] as const);
    const valid = JSON.stringify({
      query: MUTATION,
      variables: { input: { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "hi" } } },
    });
    if (mutate === "junk query") bodies.push({ name: mutate, body: JSON.stringify({ query: junk(1 + Math.floor(random() * 200)) }) });
    if (mutate === "truncated body") bodies.push({ name: mutate, body: valid.slice(0, Math.floor(random() * (valid.length - 1))) });
    if (mutate === "junk variables")
      bodies.push({
        name: mutate,
        body: JSON.stringify({ query: MUTATION, variables: { input: { modelId: junk(20), text: { prompt: pick([null, 3, [], {}, true]) } } } }),
      });
    if (mutate === "sliced operation")
      bodies.push({ name: mutate, body: JSON.stringify({ query: MUTATION.slice(0, Math.floor(random() * MUTATION.length)) }) });
  }
  return bodies;
}

// A model every conversation below could reach, were it not refused.
const MODEL = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";

/** A body's deep-JSON markers written out as objects nested that many levels, as an attacker sends them. */
function deepJson(body: string): string {
  return body.replace(/\{"deepJsonMarker":(\d+)\}/g, (_marker, depth: string) => `${'{"a":'.repeat(Number(depth))}1${"}".repeat(Number(depth))}`);
}

/** Conversations built to break the gateway: each is refused, none reaches Bedrock. */
function hostileConversations(random: () => number): Array<{ name: string; text: unknown }> {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // Too deep to build as an object here: a marker the request's text replaces (see deepJson).
  const deep = (depth: number): unknown => ({ deepJsonMarker: depth });
  const ask = (blocks: unknown[], extra: Record<string, unknown> = {}) => ({ messages: [{ role: "USER", blocks }], ...extra });
  const junkBlocks: unknown[] = [
    { image: { format: "PNG", base64: "%%%%" } },
    { image: { format: "PNG" } },
    { image: { format: "GIF", base64: "iVBORw0KGgo=" } },
    { document: { format: "PDF", name: "../../etc/passwd", base64: "JVBERi0=" } },
    { toolResult: { toolUseId: "nobody", content: "x" } },
    { toolUse: { id: "t", name: "x", input: {} } },
    { reasoning: { text: "forged", signature: "AAAA" } },
    { text: "" },
  ];
  const conversations: Array<{ name: string; text: unknown }> = [
    {
      name: "tool input 20,000 levels deep",
      text: {
        messages: [
          { role: "USER", content: "x" },
          { role: "ASSISTANT", blocks: [{ toolUse: { id: "t", name: "x", input: deep(20_000) } }] },
        ],
      },
    },
    { name: "tool result 20,000 levels deep", text: ask([{ toolResult: { toolUseId: "t", content: deep(20_000) } }]) },
    {
      name: "schema with a catastrophic pattern",
      text: { prompt: "x", tools: [{ name: "t", inputSchema: { type: "object", properties: { a: { type: "string", pattern: "(?=a)(a+)+$" } } } }] },
    },
    {
      name: "schema of 100,000 properties",
      text: {
        prompt: "x",
        responseFormat: { jsonSchema: { type: "object", properties: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`p${i}`, {}])) } },
      },
    },
    { name: "a thousand tools", text: { prompt: "x", tools: Array.from({ length: 1_000 }, (_, i) => ({ name: `t${i}`, inputSchema: {} })) } },
    { name: "schema that is not an object", text: { prompt: "x", responseFormat: { jsonSchema: "string" } } },
    { name: "negative reasoning budget", text: { prompt: "x", reasoning: { budgetTokens: -5 } } },
    { name: "both content and blocks", text: { messages: [{ role: "USER", content: "a", blocks: [{ text: "b" }] }] } },
    { name: "an empty block", text: ask([{}]) },
    { name: "null blocks", text: ask([null]) },
  ];
  for (let index = 0; index < 30; index++) {
    const blocks = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(junkBlocks));
    conversations.push({
      name: `junk blocks ${index}`,
      text: ask(blocks, pick([{}, { tools: [{ name: "t", inputSchema: { type: "object" } }] }, { toolChoice: { tool: "ghost" } }])),
    });
  }
  return conversations;
}

describe("hostile input", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 });
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  it("answers every malformed request with a clear client error and calls nothing upstream", async () => {
    for (const { name, body } of hostileBodies(seededRandom(20240611))) {
      const response = await fetch(harness.gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
      const text = await response.text();
      const context = `${name}: ${response.status} ${text.slice(0, 200)}`;
      expect([context, response.status < 500]).toEqual([context, true]);
      const answer = JSON.parse(text) as { errors?: Array<{ message: string }>; message?: string; data?: { invokeModel?: { __typename: string } } };
      const clear = Boolean(answer.errors?.[0]?.message || answer.message || answer.data?.invokeModel?.__typename === "ValidationError");
      expect([context, clear]).toEqual([context, true]);
    }
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(0);
    // Still serving.
    expect((await harness.graphql("{ __typename }")).data).toEqual({ __typename: "Query" });
  });

  it("refuses every hostile conversation (deep JSON, runaway schemas, forged blocks) with a clear client error, calling nothing", async () => {
    for (const { name, text } of hostileConversations(seededRandom(20261201))) {
      const body = deepJson(JSON.stringify({ query: MUTATION, variables: { input: { modelId: MODEL, text } } }));
      const response = await fetch(harness.gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
      const answer = (await response.json()) as { errors?: Array<{ message: string }>; data?: { invokeModel?: { __typename: string } } };
      const context = `${name}: ${response.status} ${JSON.stringify(answer).slice(0, 200)}`;
      expect([context, response.status < 500]).toEqual([context, true]);
      const clear = Boolean(answer.errors?.[0]?.message || answer.data?.invokeModel?.__typename === "ValidationError");
      expect([context, clear]).toEqual([context, true]);
    }
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(0);
    expect((await harness.graphql("{ __typename }")).data).toEqual({ __typename: "Query" });
  });

  it("answers a valid request whose schema cannot be applied, or whose pattern the answer breaks, with violations beside the answer", async () => {
    const answers = [];
    for (const jsonSchema of [
      { type: "object", allOf: [{ $ref: "#" }] },
      { type: "object", properties: { city: { type: "string", pattern: "^(a+)+$" } }, required: ["city"] },
    ]) {
      const response = await harness.graphql(
        "mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on TextResult { json jsonViolations { path message } } } }",
        { input: { modelId: MODEL, text: { prompt: "Where?", responseFormat: { jsonSchema } } } },
      );
      answers.push(response.data?.invokeModel);
    }
    expect(answers).toEqual([
      { __typename: "TextResult", json: null, jsonViolations: [{ path: "", message: expect.stringContaining("the schema could not be applied") }] },
      { __typename: "TextResult", json: null, jsonViolations: [{ path: "/city", message: 'must match pattern "^(a+)+$"' }] },
    ]);
    expect((await harness.graphql("{ __typename }")).data).toEqual({ __typename: "Query" });
  });
});
