import { injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness } from "../helpers/gateway-harness";

const INVOKE = `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`;

describe("graceful shutdown", () => {
  it("lets an in-flight call finish within the grace period while refusing new connections", async () => {
    // The harness gives in-flight requests 500 ms; the model answers after 200 ms.
    const harness = await startGatewayHarness({ maxAttempts: 1 });
    await injectFault(harness.emulatorUrl, { latencyMs: 200 });
    const inFlight = harness.graphql(INVOKE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = harness.close();
    expect((await inFlight).data?.invokeModel.__typename).toBe("TextResult");
    await closing;
    await expect(fetch(harness.gatewayUrl, { method: "POST", body: "{}" })).rejects.toThrow();
  });
});
