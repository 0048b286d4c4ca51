import { type Client } from "graphql-ws";
import { fetchCalls, injectFault } from "./emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "./gateway-harness";
import { collectStream, connectWebSocket, STREAM_SUBSCRIPTION } from "./subscription-client";
import { waitFor } from "./wait-for";

/** Handles the process holds open (sockets, timers, servers): a leak shows up as growth here. */
function openHandles(): number {
  return (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles().length;
}

/**
 * Subscribes to a slow stream and cancels it after its first token, `cycles` times over one
 * WebSocket: every upstream stream must be abandoned and no handle left behind. `npm test` runs
 * a short soak, `npm run test:load` the long one.
 */
export function describeStreamSoak(cycles: number): void {
  describe(`subscribe/cancel soak (${cycles} cycles)`, () => {
    let harness: GatewayHarness;
    let client: Client;
    beforeAll(async () => {
      harness = await startGatewayHarness({ maxAttempts: 1 });
      client = connectWebSocket(harness.gatewayUrl);
    });
    afterAll(async () => {
      await client.dispose();
      await harness.close();
    });

    it(`leaves no open upstream stream and no extra handles after ${cycles} cycles`, async () => {
      // Slow chunks, so every stream is still running upstream when it is cancelled.
      await injectFault(harness.emulatorUrl, { chunkDelayMs: 5, count: cycles + 10 });
      const input = { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "An endless story", maxTokens: 200 } };
      await collectStream(client, STREAM_SUBSCRIPTION, { input }, () => true);
      const baseline = openHandles();
      for (let cycle = 0; cycle < cycles; cycle++) {
        await collectStream(client, STREAM_SUBSCRIPTION, { input }, (received) => received.event.__typename === "TextDelta");
      }
      await waitFor(async () => (await fetchCalls(harness.emulatorUrl)).every((call) => call.outcome !== "pending"), 15_000);
      const calls = await fetchCalls(harness.emulatorUrl);
      expect(calls).toHaveLength(cycles + 1);
      expect(calls.filter((call) => call.outcome === "abandoned").length).toBeGreaterThanOrEqual(cycles);
      // Keep-alive sockets to the emulator may vary by a few; a leak would be hundreds.
      expect(openHandles()).toBeLessThanOrEqual(baseline + 10);
    }, 120_000);
  });
}
