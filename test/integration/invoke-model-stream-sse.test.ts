import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { STREAM_SUBSCRIPTION } from "../helpers/subscription-client";
import { waitFor } from "../helpers/wait-for";

interface ServerSentEvent {
  event: string;
  data: string;
}

/** Reads a text/event-stream body as a plain HTTP client does, event by event. */
async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const bytes of body) {
    buffer += decoder.decode(bytes, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block.split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
      );
      if (fields.event) yield { event: fields.event, data: fields.data ?? "" };
    }
  }
}

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
