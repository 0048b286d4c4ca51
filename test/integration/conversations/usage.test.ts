import { randomUUID } from "node:crypto";
import { hashApiKey } from "../../../src/auth/authenticator";
import { policyAuth } from "../../helpers/policy-auth";
import { startGatewayHarness, type GatewayHarness } from "../../helpers/gateway-harness";
import { pngOfSize, TINY_PNG } from "./media-samples";

const INVOKE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on TextResult {
        costUsd
        usage {
          inputTokens
          outputTokens
          cacheReadTokens
          cacheWriteTokens
        }
      }
      ... on BedrockError {
        message
      }
    }
  }
`;

const SONNET = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";
const TOOLS = [
  { name: "get_weather", description: "The forecast for a city, by day", inputSchema: { type: "object", properties: { city: { type: "string" } } } },
];
// Long enough to pass the smallest prefix Bedrock caches.
const MANUAL = Array.from({ length: 1_400 }, (_, index) => `rule${index}`).join(" ");

describe("usage and cost count what Bedrock bills for tools, media and cached prompts", () => {
  let harness: GatewayHarness;
  const key = `key-${randomUUID()}`;
  const invoke = async (text: Record<string, unknown>, modelId = SONNET) => {
    const response = await harness.graphql(INVOKE, { input: { modelId, text } }, { "x-api-key": key });
    return response.data!.invokeModel;
  };

  beforeAll(async () => {
    const auth = policyAuth(
      {
        version: 1,
        everyone: { statements: [{ effect: "allow", models: ["*"] }] },
        principals: { [`usage-${randomUUID()}`]: { apiKeys: [hashApiKey(key)], limits: { tokensPerMinute: 40_000 } } },
      },
      { storeFailure: "closed" },
    );
    harness = await startGatewayHarness({ maxAttempts: 1 }, { auth });
  });
  afterAll(() => harness.close());

  it("counts tool definitions and images as input", async () => {
    const plain = await invoke({ prompt: "Hello there" });
    const withTools = await invoke({ prompt: "Hello there", tools: TOOLS });
    const withImage = await invoke({
      messages: [{ role: "USER", blocks: [{ image: { format: "PNG", base64: TINY_PNG } }, { text: "Hello there" }] }],
    });
    expect(withTools.usage.inputTokens).toBeGreaterThan(plain.usage.inputTokens);
    expect(withImage.usage.inputTokens).toBeGreaterThan(plain.usage.inputTokens);
  });

  it("a cache point writes the prefix before it to the prompt cache, billed at the cache-write price", async () => {
    const result = await invoke({
      messages: [{ role: "USER", blocks: [{ text: MANUAL }, { cachePoint: true }, { text: "Which rule comes first?" }] }],
      maxTokens: 200,
    });
    expect(result.__typename).toBe("TextResult");
    const { inputTokens, outputTokens, cacheWriteTokens, cacheReadTokens } = result.usage;
    expect(cacheWriteTokens).toBeGreaterThanOrEqual(1_024);
    expect(cacheReadTokens).toBe(0);
    // Claude 3.7 Sonnet's catalog prices: input, output and cache writes per 1,000 tokens.
    expect(result.costUsd).toBeCloseTo((inputTokens * 0.003 + outputTokens * 0.015 + cacheWriteTokens * 0.00375) / 1000, 10);
  });

  it("reserves an image's tokens, not its base64 characters: a 3 MB photo fits a 40,000-token minute", async () => {
    const photo = await invoke(
      {
        messages: [{ role: "USER", blocks: [{ image: { format: "PNG", base64: pngOfSize(3_000_000) } }, { text: "What is this?" }] }],
        maxTokens: 300,
      },
      "anthropic.claude-3-haiku-20240307-v1:0",
    );
    expect(photo.__typename).toBe("TextResult");
    expect(photo.usage.inputTokens).toBeLessThanOrEqual(1_700);
  });
});
