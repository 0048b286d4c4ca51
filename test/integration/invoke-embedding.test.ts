import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const EMBED = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on EmbeddingResult {
        modelId
        embedding
        dimensions
        usage {
          inputTokens
        }
        requestId
        latencyMs
        modelLatencyMs
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

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  a.forEach((value, index) => {
    dot += value * b[index];
    normA += value * value;
    normB += b[index] * b[index];
  });
  return dot / Math.sqrt(normA * normB);
}

const EMBEDDING_MODELS: Array<[string, number]> = [
  ["amazon.titan-embed-text-v1", 1536],
  ["amazon.titan-embed-text-v2:0", 1024],
  ["amazon.titan-embed-image-v1", 1024],
  ["cohere.embed-english-v3", 1024],
  ["cohere.embed-multilingual-v3", 1024],
  ["cohere.embed-v4:0", 1536],
];

describe("invokeModel with embedding input", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness();
  });
  afterAll(() => harness.close());

  const embed = async (modelId: string, embedding: Record<string, unknown>) =>
    (await harness.graphql(EMBED, { input: { modelId, embedding } })).data?.invokeModel;

  it.each(EMBEDDING_MODELS)("embeds text with %s into %i dimensions", async (modelId, dimensions) => {
    const result = await embed(modelId, { text: "the quick brown fox" });
    expect(result.__typename).toBe("EmbeddingResult");
    expect(result.dimensions).toBe(dimensions);
    expect(result.embedding).toHaveLength(dimensions);
    expect(result.requestId).toMatch(/\S/);
  });

  it.each(EMBEDDING_MODELS)("places related texts closer than unrelated ones with %s", async (modelId) => {
    const anchor = await embed(modelId, { text: "mountain lakes and alpine hiking trails" });
    const related = await embed(modelId, { text: "alpine hiking near mountain lakes" });
    const unrelated = await embed(modelId, { text: "quarterly tax filing deadlines" });
    expect(cosine(anchor.embedding, related.embedding)).toBeGreaterThan(cosine(anchor.embedding, unrelated.embedding));
  });

  it("honours Titan v2 dimensions and normalization", async () => {
    const small = await embed("amazon.titan-embed-text-v2:0", { text: "hello world", dimensions: 256, normalize: true });
    expect(small.dimensions).toBe(256);
    const norm = Math.sqrt(small.embedding.reduce((sum: number, value: number) => sum + value * value, 0));
    expect(norm).toBeCloseTo(1, 5);
  });

  it("refuses a dimension the model does not offer, naming the field", async () => {
    const result = await embed("amazon.titan-embed-text-v2:0", { text: "hello", dimensions: 300 });
    expect(result.__typename).toBe("ValidationError");
    expect(result.field).toBe("input.embedding.dimensions");
  });

  it("reports input tokens for Titan embeddings", async () => {
    const result = await embed("amazon.titan-embed-text-v2:0", { text: "three word text" });
    expect(result.usage.inputTokens).toBeGreaterThan(0);
  });

  it("reads token counts and model latency from Bedrock's response headers where the body has none", async () => {
    // Cohere Embed v3's body carries no token count: these figures can only come from the
    // X-Amzn-Bedrock-Input-Token-Count and -Invocation-Latency headers.
    const result = await embed("cohere.embed-english-v3", { text: "three word text" });
    expect(result.usage.inputTokens).toBe(3);
    expect(result.modelLatencyMs).toEqual(expect.any(Number));
  });
});
