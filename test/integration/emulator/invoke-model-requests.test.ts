import { InvokeModelCommand, ValidationException } from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { request } from "node:http";
import { clearEmulator, fetchCalls, withEmulator } from "../../helpers/emulator-harness";
import { type RawAnswer, sendHttp1 } from "../../helpers/emulator-raw-http";
import { emulatorClient } from "../../helpers/emulator-sdk-client";

const CLAUDE_BODY = {
  anthropic_version: "bedrock-2023-05-31",
  max_tokens: 20,
  messages: [{ role: "user", content: [{ type: "text", text: "hello" }] }],
};

describe("what the emulator reads from an InvokeModel call", () => {
  const emulator = withEmulator();
  afterEach(() => clearEmulator(emulator.url));

  it.each([
    [
      "an inference-profile id",
      "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
      "/model/us.anthropic.claude-3-5-sonnet-20241022-v2%3A0/invoke",
      CLAUDE_BODY,
    ],
    [
      "a foundation-model ARN",
      "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0",
      "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Famazon.titan-embed-text-v2%3A0/invoke",
      { inputText: "hello" },
    ],
  ])("decodes %s the SDK percent-encoded into one path segment", async (_description, modelId, path, body) => {
    const client = emulatorClient(emulator.url);
    const output = await client.send(new InvokeModelCommand({ modelId, body: JSON.stringify(body) }));
    client.destroy();
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(await fetchCalls(emulator.url)).toMatchObject([{ operation: "InvokeModel", modelId, path, outcome: "ok" }]);
  });

  it("takes a raw `:` in a hand-written path", async () => {
    const answer = await sendHttp1(emulator.url, {
      method: "POST",
      path: "/model/anthropic.claude-3-haiku-20240307-v1:0/invoke",
      headers: { authorization: "Bearer x", "content-type": "application/json" },
      body: JSON.stringify(CLAUDE_BODY),
    });
    expect(answer.status).toBe(200);
    expect((await fetchCalls(emulator.url))[0].modelId).toBe("anthropic.claude-3-haiku-20240307-v1:0");
  });

  it("answers a model id it cannot resolve with the engine's ResourceNotFoundException", async () => {
    const answer = await bearerInvoke("acme.mystery-model-v1:0", '{"prompt":"hi"}');
    expect(answer.status).toBe(404);
    expect(answer.headers["x-amzn-errortype"]).toMatch(/^ResourceNotFoundException:/);
  });

  it.each([
    ["an invalid model id", "not a model", '{"inputText":"hello"}'],
    ["a body that is not JSON", "amazon.titan-text-express-v1", "{inputText: hello"],
    ["an empty body", "amazon.titan-text-express-v1", ""],
  ])("rejects %s with a ValidationException the SDK recognises", async (_description, modelId, body) => {
    const client = emulatorClient(emulator.url, { maxAttempts: 1 });
    const error = await client.send(new InvokeModelCommand({ modelId, body })).catch((thrown: unknown) => thrown);
    client.destroy();
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 400 } });
    expect(await fetchCalls(emulator.url)).toMatchObject([{ modelId, outcome: "ValidationException" }]);
  });

  it.each([
    ["HTTP/2", {}],
    ["HTTP/1.1", { requestHandler: new NodeHttpHandler() }],
  ])("rejects a body over 25,000,000 bytes over %s", async (_protocol, config) => {
    const client = emulatorClient(emulator.url, { maxAttempts: 1, ...config });
    const body = Buffer.alloc(25_000_001, " ");
    const error = await client.send(new InvokeModelCommand({ modelId: "amazon.titan-text-express-v1", body })).catch((thrown: unknown) => thrown);
    client.destroy();
    expect(error).toBeInstanceOf(ValidationException);
    expect(await fetchCalls(emulator.url)).toMatchObject([{ body: null, outcome: "ValidationException" }]);
  });

  it("refuses a declared oversized body at once, before any of it arrives", async () => {
    const answer = await new Promise<RawAnswer>((resolve, reject) => {
      const outgoing = request(new URL("/model/amazon.titan-text-express-v1/invoke", emulator.url), {
        method: "POST",
        agent: false,
        headers: { authorization: "Bearer x", "content-length": "30000000" },
      });
      outgoing.on("response", (incoming) => {
        let text = "";
        incoming.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        incoming.on("end", () => {
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text });
          outgoing.destroy();
        });
      });
      outgoing.on("error", reject);
      outgoing.flushHeaders();
    });
    expect(answer.status).toBe(400);
    expect(answer.headers["x-amzn-errortype"]).toMatch(/^ValidationException:/);
    expect(JSON.parse(answer.body).message).toContain("25000000");
  });

  it("checks the credential before the model id", async () => {
    const answer = await sendHttp1(emulator.url, { method: "POST", path: "/model/not%20a%20model/invoke", body: "{}" });
    expect(answer.status).toBe(403);
    expect(await fetchCalls(emulator.url)).toMatchObject([{ modelId: "not a model", body: null }]);
  });

  function bearerInvoke(modelId: string, body: string): Promise<RawAnswer> {
    return sendHttp1(emulator.url, {
      method: "POST",
      path: `/model/${encodeURIComponent(modelId)}/invoke`,
      headers: { authorization: "Bearer x" },
      body,
    });
  }
});
