import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const INVOKE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on InvocationResult {
        region
        attempts
        costUsd
      }
      ... on TextResult {
        usage {
          inputTokens
          outputTokens
          totalTokens
          cacheReadTokens
          cacheWriteTokens
        }
      }
      ... on ImageResult {
        images {
          width
        }
      }
    }
  }
`;

describe("usage, cost and Region on results", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness();
  });
  afterAll(() => harness.close());

  it("prices a text call from its token counts and Claude 3 Haiku's catalog prices", async () => {
    const input = { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "Describe a calm lake", maxTokens: 40 } };
    const { data } = await harness.graphql(INVOKE, { input });
    const result = data!.invokeModel;
    const { inputTokens, outputTokens } = result.usage;
    expect(result).toMatchObject({ __typename: "TextResult", region: "us-east-1", attempts: 1 });
    expect(result.usage).toMatchObject({ totalTokens: inputTokens + outputTokens, cacheReadTokens: null, cacheWriteTokens: null });
    expect(result.costUsd).toBeCloseTo((inputTokens * 0.00025 + outputTokens * 0.00125) / 1000, 12);
  });

  it("prices an image call per image", async () => {
    const input = { modelId: "amazon.nova-canvas-v1:0", image: { prompt: "a red fox", numberOfImages: 2, width: 512, height: 512 } };
    const { data } = await harness.graphql(INVOKE, { input });
    expect(data!.invokeModel).toMatchObject({ __typename: "ImageResult", costUsd: 0.08 });
  });

  it("gives no cost for a model the catalog does not price", async () => {
    const input = { modelId: "acme.mystery-model-v1:0", body: { prompt: "hi" } };
    const { data } = await harness.graphql(INVOKE, { input });
    expect(data!.invokeModel.costUsd ?? null).toBeNull();
  });
});
