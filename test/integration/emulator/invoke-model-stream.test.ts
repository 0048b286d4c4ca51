import {
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
  ResourceNotFoundException,
  ValidationException,
} from "@aws-sdk/client-bedrock-runtime";
import { EventStreamCodec } from "@smithy/eventstream-codec";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { fromUtf8, toUtf8 } from "@smithy/util-utf8";
import { request } from "node:http";
import { clearEmulator, fetchCalls, withEmulator } from "../../helpers/emulator-harness";
import { readInvokeStream } from "../../helpers/emulator-stream-reader";
import { emulatorClient } from "../../helpers/emulator-sdk-client";

const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";
const CLAUDE_BODY = {
  anthropic_version: "bedrock-2023-05-31",
  max_tokens: 200,
  messages: [{ role: "user", content: [{ type: "text", text: "Name three colours of the rainbow" }] }],
};
const PROMPT = "Name three colours of the rainbow";

interface StreamingFamily {
  modelId: string;
  body: unknown;
  /** The reply text in the InvokeModel answer. */
  answerText(answer: any): string;
  /** The reply text one stream chunk carries ("" for chunks that carry none). */
  chunkText(chunk: any): string;
}

// Each family's bodies and where its text sits, in the shapes of its Bedrock parameters page (cited by its codec in src/models/).
const FAMILIES: Record<string, StreamingFamily> = {
  "Anthropic Claude": {
    modelId: CLAUDE,
    body: CLAUDE_BODY,
    answerText: (answer) => answer.content[0].text,
    chunkText: (chunk) => (chunk.type === "content_block_delta" ? chunk.delta.text : ""),
  },
  "Amazon Titan Text": {
    modelId: "amazon.titan-text-express-v1",
    body: { inputText: `User: ${PROMPT}\nBot:` },
    answerText: (answer) => answer.results[0].outputText,
    chunkText: (chunk) => chunk.outputText,
  },
  "Amazon Nova": {
    modelId: "us.amazon.nova-lite-v1:0",
    body: { messages: [{ role: "user", content: [{ text: PROMPT }] }] },
    answerText: (answer) => answer.output.message.content[0].text,
    chunkText: (chunk) => chunk.contentBlockDelta?.delta.text ?? "",
  },
  "Meta Llama": {
    modelId: "meta.llama3-8b-instruct-v1:0",
    body: { prompt: `<|start_header_id|>user<|end_header_id|>\n${PROMPT}<|eot_id|>` },
    answerText: (answer) => answer.generation,
    chunkText: (chunk) => chunk.generation,
  },
  "Mistral text completion": {
    modelId: "mistral.mistral-7b-instruct-v0:2",
    body: { prompt: `<s>[INST] ${PROMPT} [/INST]` },
    answerText: (answer) => answer.outputs[0].text,
    chunkText: (chunk) => chunk.outputs[0].text,
  },
  "Mistral chat completion": {
    modelId: "mistral.mistral-large-2407-v1:0",
    body: { messages: [{ role: "user", content: PROMPT }] },
    answerText: (answer) => answer.choices[0].message.content,
    chunkText: (chunk) => chunk.choices[0].message.content,
  },
  "Cohere Command R": {
    modelId: "cohere.command-r-v1:0",
    body: { message: PROMPT },
    answerText: (answer) => answer.text,
    chunkText: (chunk) => (chunk.event_type === "text-generation" ? chunk.text : ""),
  },
  "AI21 Jamba": {
    modelId: "ai21.jamba-1-5-mini-v1:0",
    body: { messages: [{ role: "user", content: PROMPT }] },
    answerText: (answer) => answer.choices[0].message.content,
    chunkText: (chunk) => chunk.choices[0].delta.content ?? "",
  },
  "DeepSeek-R1": {
    modelId: "us.deepseek.r1-v1:0",
    body: { prompt: `<｜User｜>${PROMPT}<｜Assistant｜>` },
    answerText: (answer) => answer.choices[0].text,
    chunkText: (chunk) => chunk.choices[0].text,
  },
};

function streamCommand(modelId: string, body: unknown): InvokeModelWithResponseStreamCommand {
  return new InvokeModelWithResponseStreamCommand({ modelId, body: JSON.stringify(body) });
}

describe("InvokeModelWithResponseStream", () => {
  const emulator = withEmulator();
  afterEach(() => clearEmulator(emulator.url));

  it.each(Object.entries(FAMILIES))(
    "streams %s chunks that join into the InvokeModel answer's text",
    async (_family, { modelId, body, answerText, chunkText }) => {
      const client = emulatorClient(emulator.url);
      const invoked = await client.send(new InvokeModelCommand({ modelId, body: JSON.stringify(body) }));
      const streamed = await client.send(streamCommand(modelId, body));
      const { chunks, error } = await readInvokeStream(streamed.body);
      client.destroy();

      expect(error).toBeUndefined();
      expect(streamed.contentType).toBe("application/json");
      const expectedText = answerText(JSON.parse(invoked.body.transformToString()));
      expect(expectedText.length).toBeGreaterThan(0);
      expect(chunks.map(({ json }) => chunkText(json)).join("")).toBe(expectedText);
      // Usage rides on the last chunk only (see src/models/invocation-metrics.ts).
      const metrics = chunks.map(({ json }) => json["amazon-bedrock-invocationMetrics"]);
      expect(metrics.slice(0, -1).every((metric) => metric === undefined)).toBe(true);
      expect(metrics.at(-1)).toEqual({
        inputTokenCount: expect.any(Number),
        outputTokenCount: expect.any(Number),
        invocationLatency: expect.any(Number),
        firstByteLatency: expect.any(Number),
      });
      expect(metrics.at(-1).outputTokenCount).toBeGreaterThan(0);
    },
  );

  it("streams Claude's events in order, with usage matching the InvokeModel answer", async () => {
    const client = emulatorClient(emulator.url);
    const invoked = JSON.parse(
      (await client.send(new InvokeModelCommand({ modelId: CLAUDE, body: JSON.stringify(CLAUDE_BODY) }))).body.transformToString(),
    );
    const { chunks } = await readInvokeStream((await client.send(streamCommand(CLAUDE, CLAUDE_BODY))).body);
    client.destroy();

    const types = chunks.map(({ json }) => json.type);
    expect(types.slice(0, 2)).toEqual(["message_start", "content_block_start"]);
    expect(types.slice(-3)).toEqual(["content_block_stop", "message_delta", "message_stop"]);
    expect(new Set(types.slice(2, -3))).toEqual(new Set(["content_block_delta"]));
    expect(chunks[0].json.message).toMatchObject({ id: invoked.id, usage: { input_tokens: invoked.usage.input_tokens } });
    expect(chunks.at(-2)?.json).toMatchObject({
      delta: { stop_reason: "end_turn" },
      usage: { output_tokens: invoked.usage.output_tokens },
    });
    expect(chunks.at(-1)?.json["amazon-bedrock-invocationMetrics"]).toMatchObject({
      inputTokenCount: invoked.usage.input_tokens,
      outputTokenCount: invoked.usage.output_tokens,
    });
    const calls = await fetchCalls(emulator.url);
    expect(calls[1]).toMatchObject({
      operation: "InvokeModelWithResponseStream",
      modelId: CLAUDE,
      path: `/model/${encodeURIComponent(CLAUDE)}/invoke-with-response-stream`,
      body: CLAUDE_BODY,
      outcome: "ok",
      chunksSent: chunks.length,
    });
  });

  it("streams over HTTP/1.1 too", async () => {
    const client = emulatorClient(emulator.url, { requestHandler: new NodeHttpHandler() });
    const { chunks, error } = await readInvokeStream((await client.send(streamCommand(CLAUDE, CLAUDE_BODY))).body);
    client.destroy();
    expect(error).toBeUndefined();
    expect(chunks.at(-1)?.json.type).toBe("message_stop");
    expect(await fetchCalls(emulator.url)).toMatchObject([{ httpVersion: "1.1", outcome: "ok", chunksSent: chunks.length }]);
  });

  it("puts event-stream frames on the wire with Bedrock's headers and padding", async () => {
    const answer = await rawStream(emulator.url, `/model/${CLAUDE}/invoke-with-response-stream`, CLAUDE_BODY);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/vnd.amazon.eventstream");
    expect(answer.headers["x-amzn-bedrock-content-type"]).toBe("application/json");
    expect(answer.headers["x-amzn-requestid"]).toEqual(expect.any(String));

    const codec = new EventStreamCodec(toUtf8, fromUtf8);
    const messages = splitFrames(answer.body).map((frame) => codec.decode(frame));
    expect(messages.length).toBeGreaterThan(5);
    for (const message of messages) {
      expect(message.headers).toEqual({
        ":message-type": { type: "string", value: "event" },
        ":event-type": { type: "string", value: "chunk" },
        ":content-type": { type: "string", value: "application/json" },
      });
      const payload = JSON.parse(toUtf8(message.body));
      expect(payload).toEqual({ bytes: expect.any(String), p: expect.stringMatching(/^[a-zA-Z0-9]+$/) });
      expect(JSON.parse(Buffer.from(payload.bytes, "base64").toString("utf8"))).toHaveProperty("type");
    }
  });

  it.each([
    ["a text-embedding model", "amazon.titan-embed-text-v2:0", { inputText: "hello" }],
    ["an image model", "amazon.nova-canvas-v1:0", { taskType: "TEXT_IMAGE", textToImageParams: { text: "a fox" } }],
    ["Llama 4", "us.meta.llama4-scout-17b-instruct-v1:0", { prompt: "hello" }],
  ])("refuses %s, which cannot stream, with a ValidationException", async (_description, modelId, body) => {
    const client = emulatorClient(emulator.url, { maxAttempts: 1 });
    const error = await client.send(streamCommand(modelId, body)).catch((thrown: unknown) => thrown);
    client.destroy();
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ message: "The model is unsupported for streaming.", $metadata: { httpStatusCode: 400 } });
    expect(await fetchCalls(emulator.url)).toMatchObject([{ outcome: "ValidationException", chunksSent: 0 }]);
  });

  it("answers a bad body and an unknown model as InvokeModel does, before streaming", async () => {
    const client = emulatorClient(emulator.url, { maxAttempts: 1 });
    const badBody = await client.send(streamCommand(CLAUDE, { ...CLAUDE_BODY, max_tokens: 0 })).catch((thrown: unknown) => thrown);
    const unknownModel = await client.send(streamCommand("acme.mystery-model-v1:0", { prompt: "hi" })).catch((thrown: unknown) => thrown);
    client.destroy();
    expect(badBody).toBeInstanceOf(ValidationException);
    expect((badBody as Error).message).toContain("max_tokens");
    expect(unknownModel).toBeInstanceOf(ResourceNotFoundException);
  });
});

// Each frame opens with its total length (https://docs.aws.amazon.com/transcribe/latest/dg/streaming-setting-up.html#streaming-event-stream);
// the codec decodes one frame at a time.
function splitFrames(bytes: Buffer): Buffer[] {
  const frames: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += bytes.readUInt32BE(offset)) {
    frames.push(bytes.subarray(offset, offset + bytes.readUInt32BE(offset)));
  }
  return frames;
}

/** One HTTP/1.1 streaming request with no SDK in between; the body kept as bytes. */
function rawStream(
  baseUrl: string,
  path: string,
  body: unknown,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      new URL(path, baseUrl),
      { method: "POST", headers: { authorization: "Bearer x", "content-type": "application/json" } },
      (incoming) => {
        const parts: Buffer[] = [];
        incoming.on("data", (part: Buffer) => parts.push(part));
        incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(parts) }));
        incoming.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(JSON.stringify(body));
  });
}
