import WebSocket from "ws";
import { injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { readEvents } from "../helpers/sse-client";
import { collectStream, connectWebSocket, STREAM_SUBSCRIPTION } from "../helpers/subscription-client";

const GRACE_MS = 3_000;
const LONG_STREAM = { input: { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "Tell me a long story", maxTokens: 400 } } };
const INVOKE = `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`;
const ME = "query { me { id } }";

/** A raw graphql-ws socket, acknowledged, that runs nothing: how a page that is open but idle looks. */
async function idleSocket(url: string): Promise<{ closed: Promise<number> }> {
  const socket = new WebSocket(url.replace(/^http/, "ws"), "graphql-transport-ws");
  await new Promise((resolve) => socket.once("open", resolve));
  socket.send(JSON.stringify({ type: "connection_init" }));
  await new Promise((resolve) => socket.once("message", resolve));
  return { closed: new Promise((resolve) => socket.once("close", (code) => resolve(code))) };
}

/** An SSE stream's events, as they come. */
async function sseEvents(url: string): Promise<Array<{ event: string; data: string }>> {
  const response = await fetch(`${url}/stream`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query: STREAM_SUBSCRIPTION, variables: LONG_STREAM }),
  });
  const events: Array<{ event: string; data: string }> = [];
  for await (const event of readEvents(response.body!)) events.push({ event: event.event ?? "message", data: event.data });
  return events;
}

describe("shutdown (SIGTERM) with operations in flight on every transport", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({}, { shutdownGraceMs: GRACE_MS });
  });

  it("turns unready, refuses new operations, lets short calls finish and ends long streams with a typed error, within the grace period", async () => {
    const { gatewayUrl } = harness;
    // Two streams that would run far past the grace period, and one call that ends within it.
    await injectFault(harness.emulatorUrl, { chunkDelayMs: 400, count: 2 });
    const busy = connectWebSocket(gatewayUrl, undefined, { lazy: false });
    const busyClosed = new Promise<number>((resolve) => busy.on("closed", (event) => resolve((event as { code: number }).code)));
    const wsStream = collectStream(busy, STREAM_SUBSCRIPTION, LONG_STREAM);
    const sseStream = sseEvents(gatewayUrl);
    const idle = await idleSocket(gatewayUrl);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await injectFault(harness.emulatorUrl, { latencyMs: 1_000 });
    const shortCall = harness.graphql(INVOKE);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const began = Date.now();
    const closed = harness.close();
    await new Promise((resolve) => setTimeout(resolve, 50));

    // The listener still answers: a balancer sees 503, not a refused connection.
    const ready = await fetch(new URL("/readyz", gatewayUrl));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ failing: expect.arrayContaining(["shutting-down"]) });

    // New operations are refused with a typed error on every transport.
    const http = await harness.graphql(ME);
    expect(http.status).toBe(503);
    expect(http.errors?.[0]?.extensions?.code).toBe("SHUTTING_DOWN");
    const sse = await fetch(`${gatewayUrl}/stream`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: ME }),
    });
    expect(sse.status).toBe(503);
    expect(sse.headers.get("retry-after")).toBe("1");
    await expect(collectStream(busy, ME, {})).rejects.toThrow("SHUTTING_DOWN");

    // An idle WebSocket is told to go away at once.
    expect(await idle.closed).toBe(1001);

    // The call within the grace period finishes normally.
    expect((await shortCall).data?.invokeModel.__typename).toBe("TextResult");

    // The long streams end with ServiceUnavailableError from the gateway, then complete.
    const { events } = await wsStream;
    expect(events.at(-1)?.event).toMatchObject({ __typename: "ServiceUnavailableError", source: "GATEWAY" });
    expect(events.some(({ event }) => event.__typename === "TextDelta")).toBe(true);
    const sseAnswer = await sseStream;
    expect(sseAnswer.at(-1)?.event).toBe("complete");
    expect(JSON.parse(sseAnswer.at(-2)!.data).data.invokeModelStream).toMatchObject({ __typename: "ServiceUnavailableError", source: "GATEWAY" });
    expect(await busyClosed).toBe(1001);

    await closed;
    expect(Date.now() - began).toBeLessThanOrEqual(GRACE_MS);
    // Once closed, the listener is gone.
    await expect(fetch(gatewayUrl, { method: "POST", body: "{}" })).rejects.toThrow();
    await busy.dispose();
  });
});
