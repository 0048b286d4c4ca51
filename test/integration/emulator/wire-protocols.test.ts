import { InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { clearEmulator, fetchCalls, withEmulator } from "../../helpers/emulator-harness";
import { sendHttp1 } from "../../helpers/emulator-raw-http";
import { emulatorClient } from "../../helpers/emulator-sdk-client";

const TITAN_TEXT = "amazon.titan-text-express-v1";
const TITAN_PATH = `/model/${TITAN_TEXT}/invoke`;
const ERROR_NAMESPACE = "http://internal.amazon.com/coral/com.amazon.bedrock/";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("the emulator on the wire", () => {
  const emulator = withEmulator();
  afterEach(() => clearEmulator(emulator.url));

  it("answers the SDK over its default HTTP/2 handler and over HTTP/1.1, on one port", async () => {
    const clients = [emulatorClient(emulator.url), emulatorClient(emulator.url, { requestHandler: new NodeHttpHandler() })];
    for (const client of clients) {
      const output = await client.send(new InvokeModelCommand({ modelId: TITAN_TEXT, body: JSON.stringify({ inputText: "hello" }) }));
      expect(output.$metadata.httpStatusCode).toBe(200);
      expect(output.$metadata.requestId).toMatch(UUID);
      expect(output.contentType).toBe("application/json");
      expect(JSON.parse(output.body.transformToString())).toHaveProperty("results");
      client.destroy();
    }
    const calls = await fetchCalls(emulator.url);
    expect(calls.map((call) => [call.httpVersion, call.outcome])).toEqual([
      ["2.0", "ok"],
      ["1.1", "ok"],
    ]);
    // The SDK signs with SigV4; the log keeps the scheme and drops the signature.
    expect(calls[0].headers.authorization).toBe("AWS4-HMAC-SHA256 [redacted]");
    expect(calls[0].body).toEqual({ inputText: "hello" });
  });

  it("gives each answer a fresh request id", async () => {
    const client = emulatorClient(emulator.url);
    const command = (): InvokeModelCommand => new InvokeModelCommand({ modelId: TITAN_TEXT, body: JSON.stringify({ inputText: "hello" }) });
    const first = await client.send(command());
    const second = await client.send(command());
    expect(first.$metadata.requestId).not.toBe(second.$metadata.requestId);
    client.destroy();
  });

  it("refuses a plain HTTP/1.1 call without a credential in Bedrock's error shape", async () => {
    const answer = await sendHttp1(emulator.url, { method: "POST", path: TITAN_PATH, body: '{"inputText":"hello"}' });
    expect(answer.status).toBe(403);
    expect(answer.headers["x-amzn-errortype"]).toBe(`AccessDeniedException:${ERROR_NAMESPACE}`);
    expect(answer.headers["x-amzn-requestid"]).toMatch(UUID);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(answer.body)).toEqual({ message: expect.any(String) });
    // Refused calls are still logged, so a test can see what reached the emulator.
    expect(await fetchCalls(emulator.url)).toMatchObject([{ outcome: "AccessDeniedException" }]);
  });

  it("answers a bearer-token call with no Content-Type, with Bedrock's token and latency headers", async () => {
    const answer = await sendHttp1(emulator.url, {
      method: "POST",
      path: TITAN_PATH,
      headers: { Authorization: "Bearer x" },
      body: '{"inputText":"hello there"}',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(answer.headers["x-amzn-requestid"]).toMatch(UUID);
    expect(answer.headers["x-amzn-bedrock-input-token-count"]).toMatch(/^[1-9][0-9]*$/);
    expect(answer.headers["x-amzn-bedrock-output-token-count"]).toMatch(/^[0-9]+$/);
    expect(answer.headers["x-amzn-bedrock-invocation-latency"]).toMatch(/^[0-9]+$/);
    expect(answer.headers).not.toHaveProperty("x-amzn-bedrock-service-tier");
    expect(JSON.parse(answer.body)).toHaveProperty("results");
    expect((await fetchCalls(emulator.url))[0].headers.authorization).toBe("Bearer [redacted]");
  });

  it("echoes the latency profile and service tier the call asked for, whatever the header case", async () => {
    const answer = await sendHttp1(emulator.url, {
      method: "POST",
      path: TITAN_PATH,
      headers: {
        authorization: "Bearer x",
        "content-type": "application/octet-stream",
        "X-AMZN-BEDROCK-PERFORMANCECONFIG-LATENCY": "optimized",
        "x-amzn-bedrock-service-tier": "priority",
      },
      body: '{"inputText":"hello"}',
    });
    expect(answer.headers["x-amzn-bedrock-performanceconfig-latency"]).toBe("optimized");
    expect(answer.headers["x-amzn-bedrock-service-tier"]).toBe("priority");
  });

  it("hands the SDK the latency profile and service tier it sent, over HTTP/2", async () => {
    const client = emulatorClient(emulator.url);
    const output = await client.send(
      new InvokeModelCommand({
        modelId: TITAN_TEXT,
        body: JSON.stringify({ inputText: "hello" }),
        performanceConfigLatency: "optimized",
        serviceTier: "priority",
      }),
    );
    expect(output.performanceConfigLatency).toBe("optimized");
    expect(output.serviceTier).toBe("priority");
    client.destroy();
  });

  it("answers an unknown route or method with a 404 in Bedrock's error shape", async () => {
    for (const [method, path] of [
      ["POST", "/model/amazon.titan-text-express-v1/summon"],
      ["GET", TITAN_PATH],
      ["GET", "/"],
    ]) {
      const answer = await sendHttp1(emulator.url, { method, path, headers: { authorization: "Bearer x" } });
      expect(answer.status).toBe(404);
      expect(answer.headers["x-amzn-errortype"]).toBe(`UnknownOperationException:${ERROR_NAMESPACE}`);
      expect(JSON.parse(answer.body).message).toContain(path);
    }
    expect(await fetchCalls(emulator.url)).toEqual([]);
  });

  it("reports its health", async () => {
    const answer = await sendHttp1(emulator.url, { method: "GET", path: "/_emulator/health" });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ status: "ok" });
  });
});
