import { startGatewayHarness, type GatewayHarness } from "../../helpers/gateway-harness";
import { invokeOver } from "./conversation-client";
import { TINY_PNG } from "./media-samples";

const CAPABILITIES = /* GraphQL */ `
  query {
    models(filter: { modality: TEXT }) {
      modelId
      capabilities {
        tools
        structuredOutput
        reasoning
        promptCaching
        maxMediaBytes
        media {
          modality
          formats
          maxBytesPerItem
          maxItems
          s3
        }
      }
    }
  }
`;

type Capabilities = {
  tools: boolean;
  structuredOutput: boolean;
  reasoning: string | null;
  media: Array<{ modality: string; formats: string[]; maxItems: number }>;
};

describe("the models query says what each model takes, and the gateway holds to it", () => {
  let harness: GatewayHarness;
  let byId: Map<string, Capabilities>;
  beforeAll(async () => {
    harness = await startGatewayHarness();
    const response = await harness.graphql<{ models: Array<{ modelId: string; capabilities: Capabilities }> }>(CAPABILITIES);
    byId = new Map(response.data!.models.map((model) => [model.modelId, model.capabilities]));
  });
  afterAll(() => harness.close());

  it("describes tools, media, reasoning and structured output per model", () => {
    expect(byId.get("anthropic.claude-3-7-sonnet-20250219-v1:0")).toMatchObject({
      tools: true,
      structuredOutput: true,
      reasoning: "BUDGET",
      media: [
        { modality: "IMAGE", formats: ["png", "jpeg", "gif", "webp"], maxItems: 20 },
        { modality: "DOCUMENT", formats: ["pdf", "txt"] },
      ],
    });
    expect(byId.get("amazon.nova-2-lite-v1:0")).toMatchObject({
      tools: true,
      reasoning: "EFFORT",
      media: [{ modality: "IMAGE" }, { modality: "VIDEO", maxItems: 1 }],
    });
    expect(byId.get("meta.llama3-8b-instruct-v1:0")).toMatchObject({ tools: false, structuredOutput: false, reasoning: null, media: [] });
    expect(byId.get("meta.llama3-2-90b-instruct-v1:0")).toMatchObject({ tools: false, media: [{ modality: "IMAGE", maxItems: 1 }] });
    expect(byId.get("deepseek.r1-v1:0")).toMatchObject({ reasoning: "ALWAYS", tools: false });
    expect(byId.get("openai.gpt-oss-20b-1:0")).toMatchObject({ tools: true, structuredOutput: true, reasoning: "EFFORT", media: [] });
    expect(byId.get("mistral.mistral-7b-instruct-v0:2")).toMatchObject({ tools: false, media: [] });
  });

  it("every model the query says takes tools accepts them, and every one it says does not is refused before any call", async () => {
    const tools = [{ name: "lookup", inputSchema: { type: "object", properties: { q: { type: "string" } } } }];
    for (const [modelId, capabilities] of byId) {
      const answer = await invokeOver("http", harness, null as never, {
        modelId: `us.${modelId}`,
        text: { prompt: "Please lookup cats.", tools, maxTokens: 100 },
      });
      if (capabilities.tools) expect([modelId, answer.__typename]).toEqual([modelId, "TextResult"]);
      else expect([modelId, answer.__typename, answer.field]).toEqual([modelId, "ValidationError", "input.text.tools"]);
    }
  });

  it("every model the query says takes images answers a question about one; the others refuse it by field", async () => {
    const text = { messages: [{ role: "USER", blocks: [{ image: { format: "PNG", base64: TINY_PNG } }, { text: "What is it?" }] }], maxTokens: 100 };
    for (const [modelId, capabilities] of byId) {
      const answer = await invokeOver("http", harness, null as never, { modelId: `us.${modelId}`, text });
      if (capabilities.media.some((media) => media.modality === "IMAGE")) expect([modelId, answer.__typename]).toEqual([modelId, "TextResult"]);
      else expect([modelId, answer.__typename, answer.field]).toEqual([modelId, "ValidationError", "input.text.messages.0.blocks.0.image"]);
    }
  });
});
