import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { STREAM_SUBSCRIPTION } from "../helpers/subscription-client";
import { readEvents, type ServerSentEvent } from "../helpers/sse-client";
import { waitFor } from "../helpers/wait-for";

describe("invokeModelStream over Server-Sent Events", () => {
  let harness: GatewayHarness;
  let streamUrl: string;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 });
    streamUrl = `${harness.gatewayUrl}/stream`;
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  const subscribe = (input: Record<string, unknown>, signal?: AbortSignal) =>
    fetch(streamUrl, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: STREAM_SUBSCRIPTION, variables: { input } }),
      signal,
    });

  it("streams TextDeltas and StreamCompleted as `next` events, then `complete`", async () => {
    const response = await subscribe({ modelId: "amazon.nova-lite-v1:0", text: { prompt: "Sing of the wind", maxTokens: 20 } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const received: ServerSentEvent[] = [];
    for await (const event of readEvents(response.body!)) received.push(event);
    expect(received[received.length - 1].event).toBe("complete");
    const payloads = received.filter((event) => event.event === "next").map((event) => JSON.parse(event.data).data.invokeModelStream);
    expect(payloads.filter((payload) => payload.__typename === "TextDelta").length).toBeGreaterThan(1);
    expect(payloads[payloads.length - 1]).toMatchObject({ __typename: "StreamCompleted", stopReason: expect.any(String) });
  });

  it("carries a typed error event", async () => {
    await injectFault(harness.emulatorUrl, { streamException: "modelStreamErrorException", afterChunks: 1 });
    const response = await subscribe({ modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "hi", maxTokens: 20 } });
    const payloads: Array<Record<string, any>> = [];
    for await (const event of readEvents(response.body!)) {
      if (event.event === "next") payloads.push(JSON.parse(event.data).data.invokeModelStream);
    }
    expect(payloads[payloads.length - 1].__typename).toBe("ModelError");
  });

  it("aborts the upstream stream when the HTTP client disconnects", async () => {
    await injectFault(harness.emulatorUrl, { chunkDelayMs: 100 });
    const controller = new AbortController();
    const response = await subscribe(
      { modelId: "amazon.titan-text-express-v1", text: { prompt: "A long tale of the sea", maxTokens: 60 } },
      controller.signal,
    );
    for await (const event of readEvents(response.body!)) {
      if (event.event === "next") break;
    }
    controller.abort();
    await waitFor(async () => (await fetchCalls(harness.emulatorUrl))[0]?.outcome === "abandoned");
  });
});
