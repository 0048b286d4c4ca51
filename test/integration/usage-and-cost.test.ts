import { OPEN_POLICY_DOCUMENT } from "../../src/auth/access-policy";
import { fetchCalls } from "../helpers/emulator-harness";
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

const EMBED_MANY = /* GraphQL */ `
  mutation ($inputs: [InvokeModelInput!]!) {
    invokeModels(inputs: $inputs) {
      __typename
      ... on EmbeddingResult {
        cached
        costUsd
        usage {
          inputTokens
        }
      }
      ... on BedrockError {
        source
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
    expect(result.usage).toMatchObject({ totalTokens: inputTokens + outputTokens, cacheReadTokens: 0, cacheWriteTokens: 0 });
    expect(result.costUsd).toBeCloseTo((inputTokens * 0.00025 + outputTokens * 0.00125) / 1000, 12);
  });

  it("prices an image call per image", async () => {
    const input = { modelId: "amazon.nova-canvas-v1:0", image: { prompt: "a red fox", numberOfImages: 2, width: 512, height: 512 } };
    const { data } = await harness.graphql(INVOKE, { input });
    expect(data!.invokeModel).toMatchObject({ __typename: "ImageResult", costUsd: 0.08 });
  });

  it("reports a cached embedding as billed nothing", async () => {
    const input = { modelId: "cohere.embed-english-v3", embedding: { text: "a cached calm lake" } };
    const first = await harness.graphql(EMBED_MANY, { inputs: [input] });
    const again = await harness.graphql(EMBED_MANY, { inputs: [input] });
    expect(first.data!.invokeModels[0]).toMatchObject({ cached: false, usage: { inputTokens: expect.any(Number) } });
    expect(again.data!.invokeModels[0]).toEqual({ __typename: "EmbeddingResult", cached: true, costUsd: 0, usage: { inputTokens: 0 } });
  });

  it("gives no cost for a model the catalog does not price", async () => {
    const input = { modelId: "acme.mystery-model-v1:0", body: { prompt: "hi" } };
    const { data } = await harness.graphql(INVOKE, { input });
    expect(data!.invokeModel.costUsd ?? null).toBeNull();
  });
});

describe("usage of merged and cached embeddings", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness(
      {},
      {
        auth: {
          policy: { ...OPEN_POLICY_DOCUMENT, everyone: { ...OPEN_POLICY_DOCUMENT.everyone, limits: { tokensPerDay: 60 } } },
          jwt: { secret: null, jwksUrl: null, issuer: null, audience: null },
          allowAnonymous: true,
          redisUrl: null,
          storeFailure: "open",
        },
      },
    );
  });
  afterAll(() => harness.close());

  const embeddings = (texts: string[]) => texts.map((text) => ({ modelId: "cohere.embed-english-v3", embedding: { text } }));

  it("shares a merged Cohere call's tokens among its texts, prices each, and stops lists at the daily budget", async () => {
    const texts = ["a calm lake at dawn", "mountains in the fog", "a river through a quiet forest"];
    const { data } = await harness.graphql(EMBED_MANY, { inputs: embeddings(texts) });
    const results = data!.invokeModels as Array<{ __typename: string; costUsd: number; usage: { inputTokens: number } }>;
    const calls = await fetchCalls(harness.emulatorUrl);
    expect(calls).toHaveLength(1);
    expect(results.map((result) => result.__typename)).toEqual(["EmbeddingResult", "EmbeddingResult", "EmbeddingResult"]);
    // The merged call's count, as Bedrock (here the emulator) bills the same body.
    const direct = await fetch(`${harness.emulatorUrl}/model/cohere.embed-english-v3/invoke`, {
      method: "POST",
      headers: { authorization: "Bearer test-token", "content-type": "application/json" },
      body: JSON.stringify(calls[0]!.body),
    });
    const billed = results.reduce((sum, result) => sum + result.usage.inputTokens, 0);
    expect(billed).toBe(Number(direct.headers.get("x-amzn-bedrock-input-token-count")));
    expect(results.every((result) => result.usage.inputTokens > 0 && result.costUsd > 0)).toBe(true);

    // Lists keep being admitted only while the day's 60 tokens last, as single calls are.
    let refused: { __typename: string; source: string } | undefined;
    for (let list = 0; list < 10 && refused === undefined; list++) {
      const next = await harness.graphql(EMBED_MANY, { inputs: embeddings(texts.map((text) => `${text} ${list}`)) });
      refused = (next.data!.invokeModels as Array<{ __typename: string; source: string }>).find((result) => result.__typename !== "EmbeddingResult");
    }
    expect(refused).toEqual({ __typename: "ServiceQuotaExceededError", source: "GATEWAY" });
  });
});
