import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { waitFor } from "../helpers/wait-for";

const INVOKE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on TextResult {
        text
        stopReason
        usage {
          inputTokens
          outputTokens
        }
        raw
      }
      ... on EmbeddingResult {
        dimensions
      }
      ... on BedrockError {
        message
        code
        source
      }
    }
  }
`;

describe("raw provider bodies and Bedrock request options", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 });
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  it("sends a raw Claude body unchanged and still reads the answer as text", async () => {
    const body = {
      anthropic_version: "bedrock-2023-05-31",
      max_tokens: 50,
      messages: [{ role: "user", content: [{ type: "text", text: "Say hello to the river" }] }],
    };
    const result = (await harness.graphql(INVOKE, { input: { modelId: "anthropic.claude-3-haiku-20240307-v1:0", body } })).data?.invokeModel;
    expect(result.__typename).toBe("TextResult");
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.raw.type).toBe("message");
    const [call] = await fetchCalls(harness.emulatorUrl);
    expect(call.body).toEqual(body);
  });

  it("accepts a raw body given as a JSON string", async () => {
    const body = JSON.stringify({ inputText: "embed me" });
    const result = (await harness.graphql(INVOKE, { input: { modelId: "amazon.titan-embed-text-v2:0", body } })).data?.invokeModel;
    expect(result).toEqual({ __typename: "EmbeddingResult", dimensions: 1024 });
  });

  it("passes a raw body for a model it has no codec for straight to Bedrock", async () => {
    const result = (await harness.graphql(INVOKE, { input: { modelId: "acme.mystery-model-v1:0", body: { anything: 1 } } })).data?.invokeModel;
    // The emulator, like Bedrock, does not know the model: the error is Bedrock's, not the gateway's.
    expect(result).toMatchObject({ __typename: "ResourceNotFoundError", source: "BEDROCK" });
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(1);
  });

  it("passes guardrail, trace, latency and service tier options as Bedrock headers", async () => {
    await harness.graphql(INVOKE, {
      input: {
        modelId: "amazon.nova-lite-v1:0",
        text: { prompt: "hello" },
        guardrail: { identifier: "gr0abc123", version: "2" },
        trace: "ENABLED",
        performanceConfigLatency: "OPTIMIZED",
        serviceTier: "PRIORITY",
        accept: "application/json",
      },
    });
    const [call] = await fetchCalls(harness.emulatorUrl);
    expect(call.headers).toMatchObject({
      "x-amzn-bedrock-guardrailidentifier": "gr0abc123",
      "x-amzn-bedrock-guardrailversion": "2",
      "x-amzn-bedrock-trace": "ENABLED",
      "x-amzn-bedrock-performanceconfig-latency": "optimized",
      "x-amzn-bedrock-service-tier": "priority",
      accept: "application/json",
      "content-type": "application/json",
    });
    // Credentials never land in the emulator's log either.
    expect(JSON.stringify(call.headers)).not.toContain("Signature=");
  });

  it("aborts the upstream call when the client goes away", async () => {
    await injectFault(harness.emulatorUrl, { latencyMs: 3000, count: 1 });
    const controller = new AbortController();
    const pending = fetch(harness.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: INVOKE, variables: { input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "slow" } } } }),
      signal: controller.signal,
    });
    await waitFor(async () => (await fetchCalls(harness.emulatorUrl)).length === 1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await waitFor(async () => (await fetchCalls(harness.emulatorUrl))[0]?.outcome === "abandoned");
  });
});
