import { type Client } from "graphql-ws";
import { clearEmulator, fetchCalls } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { collectStream, connectWebSocket } from "../helpers/subscription-client";

const INVOKE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on ValidationError {
        message
        field
        source
      }
    }
  }
`;

const STREAM = /* GraphQL */ `
  subscription ($input: InvokeModelInput!) {
    invokeModelStream(input: $input) {
      __typename
      ... on ValidationError {
        message
        field
      }
    }
  }
`;

// A call the catalog says the model cannot take, the field to blame, and what the message must offer instead.
const INCAPABLE: Array<[string, Record<string, unknown>, string, string[]]> = [
  ["DeepSeek R1 by its bare id", { modelId: "deepseek.r1-v1:0", text: { prompt: "hi" } }, "input.modelId", ["us.deepseek.r1-v1:0"]],
  [
    "Claude Sonnet 4 by its bare id",
    { modelId: "anthropic.claude-sonnet-4-20250514-v1:0", text: { prompt: "hi" } },
    "input.modelId",
    ["us.anthropic.claude-sonnet-4-20250514-v1:0", "global."],
  ],
  [
    "Nova Premier by its foundation-model ARN",
    { modelId: "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-premier-v1:0", text: { prompt: "hi" } },
    "input.modelId",
    ["us.amazon.nova-premier-v1:0"],
  ],
  ["a raw body to DeepSeek R1 by its bare id", { modelId: "deepseek.r1-v1:0", body: { prompt: "hi" } }, "input.modelId", ["us.deepseek.r1-v1:0"]],
  [
    "maxTokens above Claude 3 Haiku's 4096",
    { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "hi", maxTokens: 5000 } },
    "input.text.maxTokens",
    ["1–4096", "5000"],
  ],
  [
    "maxTokens above Titan Text Lite's 4096",
    { modelId: "amazon.titan-text-lite-v1", text: { prompt: "hi", maxTokens: 8000 } },
    "input.text.maxTokens",
    ["1–4096"],
  ],
  [
    "an embedding dimension Titan v2 does not offer",
    { modelId: "amazon.titan-embed-text-v2:0", embedding: { text: "hi", dimensions: 768 } },
    "input.embedding.dimensions",
    ["1024, 512, 256"],
  ],
  [
    "an embedding dimension Cohere v4 does not offer",
    { modelId: "cohere.embed-v4:0", embedding: { text: "hi", dimensions: 300 } },
    "input.embedding.dimensions",
    ["1536, 1024, 512, 256"],
  ],
  [
    "an image size Titan Image cannot make",
    { modelId: "amazon.titan-image-generator-v2:0", image: { prompt: "a fox", width: 1000, height: 1000 } },
    "input.image.width",
    ["1024x1024", "1000x1000"],
  ],
];

describe("capability checks against the catalog", () => {
  let harness: GatewayHarness;
  let client: Client;
  beforeAll(async () => {
    harness = await startGatewayHarness();
    client = connectWebSocket(harness.gatewayUrl);
  });
  afterAll(async () => {
    await client.dispose();
    await harness.close();
  });
  afterEach(() => clearEmulator(harness.emulatorUrl));

  it.each(INCAPABLE)("refuses %s before calling Bedrock, naming the field and what to use", async (_case, input, field, offered) => {
    const response = await harness.graphql(INVOKE, { input });
    expect(response.data?.invokeModel).toMatchObject({ __typename: "ValidationError", source: "GATEWAY", field });
    for (const text of offered) expect(response.data?.invokeModel.message).toContain(text);
    expect(await fetchCalls(harness.emulatorUrl)).toEqual([]);
  });

  it("lets the profile id through where the bare id is refused", async () => {
    const response = await harness.graphql(INVOKE, { input: { modelId: "us.deepseek.r1-v1:0", text: { prompt: "hi", maxTokens: 20 } } });
    expect(response.data?.invokeModel.__typename).toBe("TextResult");
  });

  it("refuses to stream Llama 4, offering Meta models that stream", async () => {
    const input = { modelId: "us.meta.llama4-scout-17b-instruct-v1:0", text: { prompt: "hi" } };
    const { events } = await collectStream(client, STREAM, { input });
    expect(events.map((received) => received.event)).toEqual([
      expect.objectContaining({
        __typename: "ValidationError",
        field: "input.modelId",
        message: expect.stringContaining("meta.llama3-8b-instruct-v1:0"),
      }),
    ]);
    expect(await fetchCalls(harness.emulatorUrl)).toEqual([]);
  });
});
