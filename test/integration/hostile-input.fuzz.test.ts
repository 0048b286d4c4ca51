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
});
