import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const GENERATE_TEXT = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on TextResult {
        modelId
        text
        stopReason
        usage {
          inputTokens
          outputTokens
          totalTokens
        }
        requestId
        latencyMs
        attempts
        raw
      }
      ... on BedrockError {
        message
        code
      }
    }
  }
`;

// One model per text family, in the id forms people use: base ids, profiles and an ARN.
const TEXT_MODELS = [
  "anthropic.claude-3-haiku-20240307-v1:0",
  "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
  "amazon.titan-text-express-v1",
  "amazon.nova-lite-v1:0",
  "eu.amazon.nova-pro-v1:0",
  "cohere.command-r-v1:0",
  "meta.llama3-8b-instruct-v1:0",
  "us.meta.llama3-3-70b-instruct-v1:0",
  "mistral.mistral-7b-instruct-v0:2",
  "mistral.mistral-large-2407-v1:0",
  "ai21.jamba-1-5-mini-v1:0",
  "us.deepseek.r1-v1:0",
  "openai.gpt-oss-20b-1:0",
  "qwen.qwen3-32b-v1:0",
  "us.writer.palmyra-x5-v1:0",
  "us.amazon.nova-2-lite-v1:0",
  "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
];

describe("invokeModel with text input", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness();
  });
  afterAll(() => harness.close());

  it.each(TEXT_MODELS)("generates text with %s from a prompt", async (modelId) => {
    const response = await harness.graphql(GENERATE_TEXT, {
      input: { modelId, text: { prompt: "Tell me about mountain lakes", maxTokens: 200 } },
    });
    const result = response.data?.invokeModel;
    expect(result.__typename).toBe("TextResult");
    expect(result.modelId).toBe(modelId);
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(result.usage.totalTokens).toBe(result.usage.inputTokens + result.usage.outputTokens);
    expect(result.requestId).toMatch(/\S/);
    expect(result.attempts).toBe(1);
    expect(result.raw).toEqual(expect.any(Object));
  });

  it.each(TEXT_MODELS)("carries a conversation with a system prompt to %s", async (modelId) => {
    const response = await harness.graphql(GENERATE_TEXT, {
      input: {
        modelId,
        text: {
          system: "You are terse.",
          messages: [
            { role: "USER", content: "Name a lake" },
            { role: "ASSISTANT", content: "Lake Tahoe." },
            { role: "USER", content: "Another one about glaciers" },
          ],
          maxTokens: 100,
        },
      },
    });
    expect(response.data?.invokeModel.__typename).toBe("TextResult");
    expect(response.data?.invokeModel.text.length).toBeGreaterThan(0);
  });

  it("answers differently to different prompts, and the same to the same prompt", async () => {
    const ask = async (prompt: string) =>
      (await harness.graphql(GENERATE_TEXT, { input: { modelId: "amazon.nova-lite-v1:0", text: { prompt } } })).data?.invokeModel.text;
    const first = await ask("Describe the ocean");
    expect(await ask("Describe the ocean")).toBe(first);
    expect(await ask("List three desert plants")).not.toBe(first);
  });

  it("stops at maxTokens and reports the family's length stop reason", async () => {
    const response = await harness.graphql(GENERATE_TEXT, {
      input: { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "Write a long story about rivers", maxTokens: 3 } },
    });
    const result = response.data?.invokeModel;
    expect(result.stopReason).toBe("max_tokens");
    expect(result.usage.outputTokens).toBeLessThanOrEqual(3);
  });
});
