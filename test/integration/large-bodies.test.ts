import { connect } from "node:net";
import { randomUUID } from "node:crypto";
import { hashApiKey } from "../../src/auth/authenticator";
import { policyAuth } from "../helpers/policy-auth";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { pngOfSize } from "./conversations/media-samples";

/** Sends only a request's head, as a client about to upload `declaredBytes`, and reads what comes back before any body. */
function sendHeadOnly(url: string, headers: Record<string, string>): Promise<string> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      const lines = [
        `POST ${pathname} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
        "",
        "",
      ];
      socket.write(lines.join("\r\n"));
    });
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
      if (received.includes("\r\n\r\n") && received.includes("}")) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on("error", reject);
  });
}

describe("large bodies are read only for callers the gateway knows", () => {
  let harness: GatewayHarness;
  const key = `key-${randomUUID()}`;
  beforeAll(async () => {
    const auth = policyAuth({
      version: 1,
      everyone: { statements: [{ effect: "allow", models: ["*"] }] },
      principals: { app: { apiKeys: [hashApiKey(key)] } },
    });
    harness = await startGatewayHarness({}, { auth });
  });
  afterAll(() => harness.close());

  it.each([
    ["a declared 20 MB body", { "content-length": "20000000" }],
    ["a chunked body", { "transfer-encoding": "chunked" }],
  ])("%s without credentials is refused with 401 before the gateway reads it", async (_name, sizeHeader) => {
    const answer = await sendHeadOnly(harness.gatewayUrl, { "content-type": "application/json", ...sizeHeader });
    expect(answer).toMatch(/^HTTP\/1\.1 401/);
    expect(answer).toContain('"code":"UNAUTHENTICATED"');
  });

  it("the same body from a known caller is read and answered", async () => {
    const text = { messages: [{ role: "USER", blocks: [{ image: { format: "PNG", base64: pngOfSize(2_000_000) } }, { text: "What is it?" }] }] };
    const response = await harness.graphql(
      `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename } }`,
      { input: { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text } },
      { "x-api-key": key },
    );
    expect(response.data?.invokeModel).toEqual({ __typename: "TextResult" });
  });

  it("a small body without credentials gets the usual 401 after it is read", async () => {
    const response = await harness.graphql(`{ __typename }`);
    expect(response.status).toBe(401);
  });
});
