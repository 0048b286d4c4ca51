import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const INVOKE_MANY = /* GraphQL */ `
  mutation ($inputs: [InvokeModelInput!]!) {
    invokeModels(inputs: $inputs) {
      __typename
      ... on EmbeddingResult {
        modelId
        embedding
        dimensions
        cached
        requestId
      }
      ... on TextResult {
        modelId
        text
      }
      ... on BedrockError {
        message
        code
      }
      ... on ValidationError {
        field
      }
    }
  }
`;

const INVOKE_ONE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on EmbeddingResult {
        embedding
        cached
      }
      ... on BedrockError {
        code
      }
    }
  }
`;

const COHERE_V3 = "cohere.embed-english-v3";
const COHERE_V4 = "cohere.embed-v4:0";
const TITAN_V2 = "amazon.titan-embed-text-v2:0";
const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";

const embedding = (modelId: string, text: string, extra: Record<string, unknown> = {}) => ({ modelId, embedding: { text, ...extra } });
const textsAbout = (topic: string, count: number) => Array.from({ length: count }, (_, index) => `${topic} passage number ${index}`);

describe("invokeModels: many invocations in one operation", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    // No cache here: these tests count the calls that merging and de-duplication alone save.
    harness = await startGatewayHarness({}, { batching: { embeddingCacheBytes: 0, maxInputsPerOperation: 300 } });
  });
  afterAll(() => harness.close());
  beforeEach(() => clearEmulator(harness.emulatorUrl));

  const invokeMany = async (inputs: unknown[]) => harness.graphql(INVOKE_MANY, { inputs });
  const invocationsOf = async () => (await fetchCalls(harness.emulatorUrl)).filter((call) => call.operation === "InvokeModel");

  it("embeds 200 texts for a Cohere model in 3 upstream calls, each vector back in its place", async () => {
    const texts = textsAbout("alpine lakes", 200);
    const response = await invokeMany(texts.map((text) => embedding(COHERE_V3, text)));
    const results = response.data?.invokeModels;
    expect(results).toHaveLength(200);
    expect(results.every((result: any) => result.__typename === "EmbeddingResult" && result.dimensions === 1024)).toBe(true);

    const calls = await invocationsOf();
    expect(calls.map((call) => (call.body as { texts: string[] }).texts.length).sort((a, b) => a - b)).toEqual([8, 96, 96]);

    // Each text embedded alone gets exactly the vector the merged call gave it.
    for (const position of [0, 95, 96, 199]) {
      const alone = await harness.graphql(INVOKE_ONE, { input: embedding(COHERE_V3, texts[position]) });
      expect(alone.data?.invokeModel.embedding).toEqual(results[position].embedding);
    }
  });

  it("sends identical invocations once and answers each of them", async () => {
    const prompt = { modelId: CLAUDE, text: { prompt: "Name a colour", maxTokens: 20 } };
    const response = await invokeMany([prompt, embedding(TITAN_V2, "same words"), prompt, embedding(TITAN_V2, "same words"), prompt]);
    const results = response.data?.invokeModels;
    expect(results.map((result: any) => result.__typename)).toEqual(["TextResult", "EmbeddingResult", "TextResult", "EmbeddingResult", "TextResult"]);
    expect(results[2].text).toBe(results[0].text);
    expect(results[3].embedding).toEqual(results[1].embedding);
    expect((await invocationsOf()).map((call) => call.modelId).sort()).toEqual([TITAN_V2, CLAUDE].sort());
  });

  it("treats the same invocation written with its fields in another order as identical", async () => {
    const inOrder = { modelId: CLAUDE, text: { prompt: "Name a river", maxTokens: 20, temperature: 0.5 } };
    const reordered = { text: { temperature: 0.5, maxTokens: 20, prompt: "Name a river" }, modelId: CLAUDE };
    const response = await invokeMany([inOrder, reordered]);
    const [first, second] = response.data!.invokeModels;
    expect(first.__typename).toBe("TextResult");
    expect(second.text).toBe(first.text);
    expect(await invocationsOf()).toHaveLength(1);
  });

  it("merges only invocations with the same model and parameters", async () => {
    const response = await invokeMany([
      embedding(COHERE_V3, "first text"),
      embedding(COHERE_V3, "second text", { inputType: "SEARCH_QUERY" }),
      embedding(COHERE_V4, "first text", { dimensions: 256 }),
      embedding(COHERE_V3, "third text"),
      embedding(COHERE_V4, "second text", { dimensions: 512 }),
    ]);
    expect(response.data?.invokeModels.map((result: any) => result.dimensions)).toEqual([1024, 1024, 256, 1024, 512]);
    const calls = await invocationsOf();
    const shapes = calls.map((call) => {
      const body = call.body as { texts: string[]; input_type: string; output_dimension?: number };
      return `${call.modelId} ${body.input_type} ${body.output_dimension ?? "-"} ${body.texts.join("+")}`;
    });
    expect(shapes.sort()).toEqual(
      [
        `${COHERE_V3} search_document - first text+third text`,
        `${COHERE_V3} search_query - second text`,
        `${COHERE_V4} search_document 256 first text`,
        `${COHERE_V4} search_document 512 second text`,
      ].sort(),
    );
  });

  it("keeps input order, and one failing model fails only its own results", async () => {
    await injectFault(harness.emulatorUrl, { exception: "AccessDeniedException", modelId: COHERE_V4, count: 5 });
    const response = await invokeMany([
      embedding(COHERE_V3, "lakes"),
      embedding(COHERE_V4, "lakes"),
      { modelId: CLAUDE, text: { prompt: "Hello", maxTokens: 10 } },
      embedding(COHERE_V4, "rivers"),
      embedding(TITAN_V2, "lakes", { dimensions: 300 }),
      embedding(COHERE_V3, "rivers"),
      embedding(TITAN_V2, "rivers"),
    ]);
    const results = response.data?.invokeModels;
    expect(response.errors).toBeUndefined();
    expect(results.map((result: any) => result.__typename)).toEqual([
      "EmbeddingResult",
      "AccessDeniedError",
      "TextResult",
      "AccessDeniedError",
      "ValidationError",
      "EmbeddingResult",
      "EmbeddingResult",
    ]);
    expect(results[4].field).toBe("input.embedding.dimensions");
    expect(results[6].modelId).toBe(TITAN_V2);
    // Both Cohere v4 texts shared the one call that failed; nothing was sent for the invalid input.
    const calls = await invocationsOf();
    expect(calls.filter((call) => call.modelId === COHERE_V4)).toHaveLength(1);
    expect(calls).toHaveLength(4);
  });

  it("answers an empty list with an empty list", async () => {
    expect((await invokeMany([])).data?.invokeModels).toEqual([]);
  });

  it("refuses a list longer than the limit as a whole, sending nothing", async () => {
    const response = await invokeMany(textsAbout("too many", 301).map((text) => embedding(COHERE_V3, text)));
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inputs" });
    expect(response.errors?.[0].message).toContain("at most 300");
    expect(await invocationsOf()).toHaveLength(0);
  });
});

describe("embedding merging across concurrent operations", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    // A wide window so that 100 requests from one test process surely overlap in it.
    harness = await startGatewayHarness({}, { batching: { embeddingCacheBytes: 0, embeddingWindowMs: 100 } });
  });
  afterAll(() => harness.close());

  it("serves 100 concurrent single-text operations with a handful of calls", async () => {
    await clearEmulator(harness.emulatorUrl);
    const texts = textsAbout("concurrent", 100);
    const responses = await Promise.all(texts.map((text) => harness.graphql(INVOKE_ONE, { input: embedding(COHERE_V3, text) })));
    expect(responses.every((response) => response.data?.invokeModel.__typename === "EmbeddingResult")).toBe(true);
    const calls = (await fetchCalls(harness.emulatorUrl)).filter((call) => call.operation === "InvokeModel");
    // Unmerged, 100 calls; merged, a few: how many windows the 100 requests spread over depends on
    // how busy the machine is (5 on an idle one, 6 with the browser tests beside), so the bound is loose.
    expect(calls.length).toBeLessThanOrEqual(10);
    expect(calls.flatMap((call) => (call.body as { texts: string[] }).texts).sort()).toEqual([...texts].sort());
  });
});

describe("the embedding cache", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness();
  });
  afterAll(() => harness.close());
  beforeEach(() => clearEmulator(harness.emulatorUrl));

  it.each([COHERE_V3, TITAN_V2])("answers a repeated %s text from the cache without a call", async (modelId) => {
    const first = await harness.graphql(INVOKE_ONE, { input: embedding(modelId, `cached words for ${modelId}`) });
    const second = await harness.graphql(INVOKE_ONE, { input: embedding(modelId, `cached words for ${modelId}`) });
    expect(first.data?.invokeModel.cached).toBe(false);
    expect(second.data?.invokeModel.cached).toBe(true);
    expect(second.data?.invokeModel.embedding).toEqual(first.data?.invokeModel.embedding);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(1);
  });

  it("keys the cache by parameters too", async () => {
    await harness.graphql(INVOKE_ONE, { input: embedding(COHERE_V4, "sized text", { dimensions: 256 }) });
    const other = await harness.graphql(INVOKE_ONE, { input: embedding(COHERE_V4, "sized text", { dimensions: 512 }) });
    expect(other.data?.invokeModel.cached).toBe(false);
    expect(other.data?.invokeModel.embedding).toHaveLength(512);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(2);
  });

  it("does not cache a failure", async () => {
    await injectFault(harness.emulatorUrl, { exception: "AccessDeniedException", modelId: TITAN_V2 });
    const failed = await harness.graphql(INVOKE_ONE, { input: embedding(TITAN_V2, "refused once") });
    const retried = await harness.graphql(INVOKE_ONE, { input: embedding(TITAN_V2, "refused once") });
    expect(failed.data?.invokeModel.__typename).toBe("AccessDeniedError");
    expect(retried.data?.invokeModel).toMatchObject({ __typename: "EmbeddingResult", cached: false });
  });
});
