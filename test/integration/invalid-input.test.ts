import { fetchCalls } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const INVOKE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on ValidationError {
        message
        field
        code
        source
        retryable
        requestId
      }
    }
  }
`;

const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";

// Input a frontend might send by mistake, and the field the error must point at.
const BAD_INPUTS: Array<[string, Record<string, unknown>, string]> = [
  ["both text and body", { modelId: CLAUDE, text: { prompt: "hi" }, body: { prompt: "hi" } }, "input"],
  ["neither text, embedding, image nor body", { modelId: CLAUDE }, "input"],
  ["an empty model id", { modelId: "", text: { prompt: "hi" } }, "input.modelId"],
  ["a model id with spaces", { modelId: "anthropic claude", text: { prompt: "hi" } }, "input.modelId"],
  ["maxTokens below 1", { modelId: CLAUDE, text: { prompt: "hi", maxTokens: 0 } }, "input.text.maxTokens"],
  ["a negative temperature", { modelId: CLAUDE, text: { prompt: "hi", temperature: -0.5 } }, "input.text.temperature"],
  ["a temperature above Claude's range", { modelId: CLAUDE, text: { prompt: "hi", temperature: 1.5 } }, "input.text.temperature"],
  ["both prompt and messages", { modelId: CLAUDE, text: { prompt: "hi", messages: [{ role: "USER", content: "hi" }] } }, "input.text.prompt"],
  ["an empty prompt", { modelId: CLAUDE, text: { prompt: "   " } }, "input.text.prompt"],
  ["a body that is not an object", { modelId: CLAUDE, body: [1, 2, 3] }, "input.body"],
  ["a body string that is not JSON", { modelId: CLAUDE, body: "{not json" }, "input.body"],
  ["text input for an embedding model", { modelId: "amazon.titan-embed-text-v2:0", text: { prompt: "hi" } }, "input.text"],
  ["normalized input for an unknown family", { modelId: "acme.mystery-model-v1:0", text: { prompt: "hi" } }, "input.modelId"],
  ["an option the family cannot express", { modelId: "amazon.titan-text-express-v1", text: { prompt: "hi", topK: 5 } }, "input.text.topK"],
  [
    "an invalid guardrail version",
    { modelId: CLAUDE, text: { prompt: "hi" }, guardrail: { identifier: "abc123", version: "v1" } },
    "input.guardrail.version",
  ],
];

describe("invalid input", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness();
  });
  afterAll(() => harness.close());

  it.each(BAD_INPUTS)("refuses %s as a ValidationError on its field, sending nothing upstream", async (_case, input, field) => {
    const response = await harness.graphql(INVOKE, { input });
    expect(response.errors).toBeUndefined();
    expect(response.data?.invokeModel).toMatchObject({
      __typename: "ValidationError",
      code: "VALIDATION",
      source: "GATEWAY",
      retryable: false,
      requestId: null,
      field,
    });
    expect(response.data?.invokeModel.message).toContain(field === "input" ? "exactly one of" : field);
    expect(await fetchCalls(harness.emulatorUrl)).toEqual([]);
  });

  it("rejects a malformed operation with a top-level GraphQL error and no call", async () => {
    const response = await harness.graphql(`mutation { invokeModel(input: { modelId: 42 }) { __typename } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(await fetchCalls(harness.emulatorUrl)).toEqual([]);
  });
});

describe("an unknown model id", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 });
  });
  afterAll(() => harness.close());

  it.each([
    ["of a known provider, with the families it could mean", "anthropic.future-model-v1:0", "anthropic.claude-*"],
    ["of an unknown provider, with where to look", "acme.mystery-model-v1:0", "modelFamilies"],
  ])("gets a short message a UI can show: %s", async (_case, modelId, hint) => {
    const { data } = await harness.graphql(INVOKE, { input: { modelId, text: { prompt: "hi" } } });
    expect(data!.invokeModel).toMatchObject({ __typename: "ValidationError", field: "input.modelId" });
    expect(data!.invokeModel.message).toContain(hint);
    expect(data!.invokeModel.message).toContain("raw provider body");
    expect(data!.invokeModel.message.length).toBeLessThan(300);
  });
});

describe("a raw body nested deeper than MAX_JSON_DEPTH", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 });
  });
  afterAll(() => harness.close());

  // `{"a":{"a":…}}` 100,000 levels deep, as an attacker writes it by hand (about 600 KB): too deep
  // for JSON.stringify, so the request body is put together as text.
  const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
  const send = async (query: string, variables: string) => {
    const response = await fetch(harness.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query":${JSON.stringify(query)},"variables":${variables}}`,
    });
    return (await response.json()) as { data: Record<string, any> };
  };

  it("is a typed ValidationError, alone and in a list, and reaches no model", async () => {
    const input = (levels: number) => `{"modelId":"${CLAUDE}","body":${deep(levels)}}`;
    const single = await send(INVOKE, `{"input":${input(100_000)}}`);
    expect(single.data.invokeModel).toMatchObject({ __typename: "ValidationError", field: "input.body", source: "GATEWAY" });
    expect(single.data.invokeModel.message).toContain("more than 64 levels deep");
    const listed = await send(
      `mutation ($inputs: [InvokeModelInput!]!) { invokeModels(inputs: $inputs) { __typename } }`,
      // Two bodies of 50,000 levels stay under MAX_BODY_BYTES.
      `{"inputs":[${input(50_000)},${input(50_000)}]}`,
    );
    expect(listed.data.invokeModels).toEqual([{ __typename: "ValidationError" }, { __typename: "ValidationError" }]);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(0);
    // The gateway still serves.
    const fine = await harness.graphql(INVOKE, {
      input: { modelId: CLAUDE, body: { anthropic_version: "bedrock-2023-05-31", max_tokens: 5, messages: [] } },
    });
    expect(fine.status).toBe(200);
  });
});
