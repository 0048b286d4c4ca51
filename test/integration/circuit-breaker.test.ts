import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { waitFor } from "../helpers/wait-for";

const INVOKE = `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on BedrockError { source retryable } ... on ServiceUnavailableError { retryAfterSeconds } } }`;
const MODEL = "anthropic.claude-3-haiku-20240307-v1:0";
const OTHER_MODEL = "amazon.titan-text-express-v1";

describe("per-model circuit breaker", () => {
  let harness: GatewayHarness;
  const invoke = async (modelId = MODEL) =>
    (await harness.graphql(INVOKE, { input: { modelId, text: { prompt: "hi" } } })).data?.invokeModel as Record<string, any>;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 }, { breaker: { failureThreshold: 3, cooldownMs: 300 } });
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  it("opens after repeated outages, answers at once without calling Bedrock, then probes and closes", async () => {
    await injectFault(harness.emulatorUrl, { exception: "ServiceUnavailableException", count: 2, modelId: MODEL });
    await injectFault(harness.emulatorUrl, { exception: "InternalServerException", count: 1, modelId: MODEL });
    for (let index = 0; index < 3; index++) expect((await invoke()).source).toBe("BEDROCK");

    const refused = await invoke();
    expect(refused).toMatchObject({ __typename: "ServiceUnavailableError", source: "GATEWAY", retryable: true });
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(3);

    // Another model is unaffected.
    expect((await invoke(OTHER_MODEL)).__typename).toBe("TextResult");

    // After the cool-down one probe goes through; it succeeds, so the breaker closes.
    await waitFor(async () => (await invoke()).__typename === "TextResult", 2_000);
    expect((await invoke()).__typename).toBe("TextResult");
  });

  it("does not count failures that are the caller's, such as validation", async () => {
    await injectFault(harness.emulatorUrl, { exception: "ValidationException", count: 5, modelId: MODEL });
    for (let index = 0; index < 5; index++) expect((await invoke()).source).toBe("BEDROCK");
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(5);
  });
});
