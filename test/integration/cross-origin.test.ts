import WebSocket from "ws";
import { fetchCalls } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const APP = "https://app.example.com";
const EVIL = "https://evil.example.net";
const INVOKE = JSON.stringify({
  query: `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`,
});

/** Whether a WebSocket upgrade sent with this Origin is accepted, or the HTTP status it was refused with. */
function upgrade(url: string, origin: string): Promise<"open" | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, "ws"), "graphql-transport-ws", { origin });
    socket.once("open", () => {
      socket.close();
      resolve("open");
    });
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.once("error", reject);
  });
}

// As a browser sends them: the checks a real browser makes are in test/browser/.
describe("cross-origin requests", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({}, { corsOrigins: [APP] });
  });
  afterAll(() => harness.close());

  it("answers an allowed origin's preflight before Apollo, with the headers a frontend sends", async () => {
    const response = await fetch(harness.gatewayUrl, {
      method: "OPTIONS",
      headers: { origin: APP, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization,traceparent" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const sse = await fetch(`${harness.gatewayUrl}/stream`, {
      method: "OPTIONS",
      headers: { origin: APP, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(sse.status).toBe(204);
    expect(sse.headers.get("access-control-allow-origin")).toBe(APP);
  });

  it("serves an allowed origin and exposes x-request-id", async () => {
    const response = await fetch(harness.gatewayUrl, { method: "POST", headers: { origin: APP, "content-type": "application/json" }, body: INVOKE });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(response.headers.get("access-control-expose-headers")).toMatch(/x-request-id/);
  });

  it("refuses another origin on HTTP, SSE and WebSocket before anything runs", async () => {
    const before = (await fetchCalls(harness.emulatorUrl)).length;
    const preflight = await fetch(harness.gatewayUrl, { method: "OPTIONS", headers: { origin: EVIL, "access-control-request-method": "POST" } });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const http = await fetch(harness.gatewayUrl, { method: "POST", headers: { origin: EVIL, "content-type": "application/json" }, body: INVOKE });
    expect(http.status).toBe(403);
    const sse = await fetch(`${harness.gatewayUrl}/stream`, {
      method: "POST",
      headers: { origin: EVIL, "content-type": "application/json", accept: "text/event-stream" },
      body: INVOKE,
    });
    expect(sse.status).toBe(403);
    expect(await upgrade(harness.gatewayUrl, EVIL)).toBe(403);
    expect(await upgrade(harness.gatewayUrl, APP)).toBe("open");
    // The gateway's own origin is not exempt: a rebinding page's Host header would match it.
    const own = new URL(harness.gatewayUrl).origin;
    expect(
      (await fetch(harness.gatewayUrl, { method: "POST", headers: { origin: own, "content-type": "application/json" }, body: INVOKE })).status,
    ).toBe(403);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(before);
  });

  it("refuses a simple GET of the SSE route (what any page can send) as a possible CSRF", async () => {
    const before = (await fetchCalls(harness.emulatorUrl)).length;
    const query = encodeURIComponent(
      `subscription { invokeModelStream(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`,
    );
    const response = await fetch(`${harness.gatewayUrl}/stream?query=${query}`, { headers: { accept: "text/event-stream" } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/cross-site request forgery/);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(before);
  });
});
