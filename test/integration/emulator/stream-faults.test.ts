import {
  type BedrockRuntimeServiceException,
  InternalServerException,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
  ModelStreamErrorException,
  ModelTimeoutException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { startEmulator } from "../../../src/emulator/emulator-server";
import { clearEmulator, fetchCalls, injectFault, withEmulator } from "../../helpers/emulator-harness";
import { readInvokeStream, waitForCall } from "../../helpers/emulator-stream-reader";
import { emulatorClient } from "../../helpers/emulator-sdk-client";

// A pause injected upstream that a prompt close must not wait out.
const INJECTED_WAIT_MS = 60_000;

const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";

// Claude streams message_start, content_block_start, one delta per token, then
// content_block_stop, message_delta and message_stop: 11 chunks for 6 tokens.
const SIX_TOKEN_BODY = {
  anthropic_version: "bedrock-2023-05-31",
  max_tokens: 6,
  messages: [{ role: "user", content: "hello there" }],
};
const SIX_TOKEN_CHUNKS = 11;

function streamClaude(body: unknown = SIX_TOKEN_BODY): InvokeModelWithResponseStreamCommand {
  return new InvokeModelWithResponseStreamCommand({ modelId: CLAUDE, body: JSON.stringify(body) });
}

const PROTOCOLS = [
  ["HTTP/2", {}],
  ["HTTP/1.1", { requestHandler: new NodeHttpHandler() }],
] as const;

// Each exception a stream can carry, and the SDK class its iterator throws:
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html
// and the event-stream deserializer in https://github.com/smithy-lang/smithy-typescript
const STREAM_EXCEPTIONS: Array<[string, new (...args: never[]) => BedrockRuntimeServiceException]> = [
  ["internalServerException", InternalServerException],
  ["modelStreamErrorException", ModelStreamErrorException],
  ["modelTimeoutException", ModelTimeoutException],
  ["serviceUnavailableException", ServiceUnavailableException],
  ["throttlingException", ThrottlingException],
  ["validationException", ValidationException],
];

describe("faults in a response stream", () => {
  const emulator = withEmulator();
  afterEach(() => clearEmulator(emulator.url));

  it("paces chunks by chunkDelayMs, sending the first one at once", async () => {
    const delay = 50;
    await injectFault(emulator.url, { chunkDelayMs: delay });
    const client = emulatorClient(emulator.url);
    const sentAt = performance.now();
    const { chunks, error } = await readInvokeStream((await client.send(streamClaude())).body);
    client.destroy();

    expect(error).toBeUndefined();
    expect(chunks).toHaveLength(SIX_TOKEN_CHUNKS);
    const spread = chunks.at(-1)!.receivedAt - chunks[0].receivedAt;
    // Timers may fire up to a millisecond early; the pauses still add up.
    expect(spread).toBeGreaterThanOrEqual((SIX_TOKEN_CHUNKS - 1) * (delay - 1));
    expect(chunks[0].receivedAt - sentAt).toBeLessThan(spread / 2);
    expect(await fetchCalls(emulator.url)).toMatchObject([{ outcome: "ok", chunksSent: SIX_TOKEN_CHUNKS }]);
  });

  it.each(STREAM_EXCEPTIONS)("sends %s after afterChunks chunks, which the SDK's iterator throws", async (name, exceptionClass) => {
    await injectFault(emulator.url, { streamException: name, afterChunks: 2, message: `injected ${name}` });
    const client = emulatorClient(emulator.url);
    const output = await client.send(streamClaude());
    const { chunks, error } = await readInvokeStream(output.body);
    client.destroy();

    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(chunks.map(({ json }) => json.type)).toEqual(["message_start", "content_block_start"]);
    expect(error).toBeInstanceOf(exceptionClass);
    expect(error).toMatchObject({ message: `injected ${name}` });
    // Mid-stream exceptions are never retried: one call, ended by the frame.
    expect(await fetchCalls(emulator.url)).toMatchObject([{ outcome: name, chunksSent: 2 }]);
  });

  it("carries modelStreamErrorException's originalStatusCode and originalMessage", async () => {
    await injectFault(emulator.url, {
      streamException: "modelStreamErrorException",
      afterChunks: 3,
      originalStatusCode: 503,
      originalMessage: "container overloaded",
    });
    const client = emulatorClient(emulator.url);
    const { chunks, error } = await readInvokeStream((await client.send(streamClaude())).body);
    client.destroy();
    expect(chunks).toHaveLength(3);
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect(error).toMatchObject({ originalStatusCode: 503, originalMessage: "container overloaded" });
  });

  it("sends every chunk before the exception when afterChunks reaches past the end", async () => {
    await injectFault(emulator.url, { streamException: "throttlingException", afterChunks: 1_000 });
    const client = emulatorClient(emulator.url);
    const { chunks, error } = await readInvokeStream((await client.send(streamClaude())).body);
    client.destroy();
    expect(chunks).toHaveLength(SIX_TOKEN_CHUNKS);
    expect(error).toBeInstanceOf(ThrottlingException);
  });

  it("paces the exception frame like a chunk when chunkDelayMs comes with a streamException", async () => {
    await injectFault(emulator.url, { streamException: "throttlingException", afterChunks: 1, chunkDelayMs: 200 });
    const client = emulatorClient(emulator.url);
    const { chunks, error } = await readInvokeStream((await client.send(streamClaude())).body);
    const thrownAt = performance.now();
    client.destroy();
    expect(chunks).toHaveLength(1);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(thrownAt - chunks[0].receivedAt).toBeGreaterThanOrEqual(199);
  });

  it("answers a pre-stream exception as an HTTP error the SDK throws from send", async () => {
    await injectFault(emulator.url, { exception: "ThrottlingException" });
    const client = emulatorClient(emulator.url, { maxAttempts: 1 });
    const error = await client.send(streamClaude()).catch((thrown: unknown) => thrown);
    client.destroy();
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 429 } });
    expect(await fetchCalls(emulator.url)).toMatchObject([{ outcome: "ThrottlingException", chunksSent: 0 }]);
  });

  it("keeps a stream-only rule for the next stream, not the next InvokeModel", async () => {
    await injectFault(emulator.url, { streamException: "throttlingException", afterChunks: 1 });
    const client = emulatorClient(emulator.url);
    const invoked = await client.send(new InvokeModelCommand({ modelId: CLAUDE, body: JSON.stringify(SIX_TOKEN_BODY) }));
    const { error } = await readInvokeStream((await client.send(streamClaude())).body);
    client.destroy();
    expect(invoked.$metadata.httpStatusCode).toBe(200);
    expect(error).toBeInstanceOf(ThrottlingException);
  });

  it.each(PROTOCOLS)("drops the connection mid-stream over %s", async (_protocol, config) => {
    // Paced, so the client has read both chunks before the drop; a connection cut right behind
    // its data may lose what the client had not read yet, as on a real network.
    await injectFault(emulator.url, { dropConnection: true, afterChunks: 2, chunkDelayMs: 50 });
    const client = emulatorClient(emulator.url, { maxAttempts: 1, ...config });
    const output = await client.send(streamClaude());
    const { chunks, error } = await readInvokeStream(output.body);
    expect(chunks).toHaveLength(2);
    // The stream broke off (a Node error from outside Jest's realm, hence no instanceof); no
    // exception frame came, so this is no Bedrock exception.
    expect(error).toHaveProperty("message", expect.any(String));
    expect(error).not.toHaveProperty("$fault");
    expect(await fetchCalls(emulator.url)).toMatchObject([{ outcome: "dropped", chunksSent: 2 }]);
    const { error: next } = await readInvokeStream((await client.send(streamClaude())).body);
    client.destroy();
    expect(next).toBeUndefined();
  });

  it.each(PROTOCOLS)("logs a stream the client aborts over %s as abandoned, and stops sending", async (_protocol, config) => {
    await injectFault(emulator.url, { chunkDelayMs: 100 });
    const client = emulatorClient(emulator.url, { maxAttempts: 1, ...config });
    const controller = new AbortController();
    const output = await client.send(streamClaude(), { abortSignal: controller.signal });
    let received = 0;
    // Over HTTP/2 the iterator just ends; over HTTP/1.1 it throws. Either way no more chunks come.
    await (async () => {
      for await (const _event of output.body!) {
        received += 1;
        if (received === 2) controller.abort();
      }
    })().catch(() => {});

    expect(received).toBe(2);
    const call = await waitForCall(emulator.url, ({ outcome }) => outcome !== "pending");
    client.destroy();
    expect(call.outcome).toBe("abandoned");
    expect(call.chunksSent).toBeGreaterThanOrEqual(2);
    expect(call.chunksSent).toBeLessThan(SIX_TOKEN_CHUNKS);
    // Nothing more went out after the client left.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await fetchCalls(emulator.url))[0].chunksSent).toBe(call.chunksSent);
  });

  it.each(PROTOCOLS)("logs a stream as abandoned when the client breaks out of its loop and aborts over %s", async (_protocol, config) => {
    await injectFault(emulator.url, { chunkDelayMs: 100 });
    const client = emulatorClient(emulator.url, config);
    const controller = new AbortController();
    const output = await client.send(streamClaude(), { abortSignal: controller.signal });
    // Leaving the loop alone does not close the SDK's HTTP/2 stream; the abort does.
    for await (const _event of output.body!) break;
    controller.abort();
    const call = await waitForCall(emulator.url, ({ outcome }) => outcome !== "pending");
    client.destroy();
    expect(call).toMatchObject({ outcome: "abandoned" });
    expect(call.chunksSent).toBeLessThan(SIX_TOKEN_CHUNKS);
  });

  it("logs an HTTP/1.1 stream as abandoned when the client stops reading and is destroyed", async () => {
    await injectFault(emulator.url, { chunkDelayMs: 100 });
    const client = emulatorClient(emulator.url, { requestHandler: new NodeHttpHandler() });
    const output = await client.send(streamClaude());
    for await (const _event of output.body!) break;
    client.destroy();
    const call = await waitForCall(emulator.url, ({ outcome }) => outcome !== "pending");
    expect(call).toMatchObject({ outcome: "abandoned" });
    expect(call.chunksSent).toBeLessThan(SIX_TOKEN_CHUNKS);
  });

  it("closes promptly while a stream waits between chunks", async () => {
    const own = await startEmulator({ port: 0 });
    await injectFault(own.url, { chunkDelayMs: INJECTED_WAIT_MS });
    const client = emulatorClient(own.url, { maxAttempts: 1 });
    const output = await client.send(streamClaude());
    const reading = readInvokeStream(output.body);
    await waitForCall(own.url, ({ chunksSent }) => chunksSent === 1);
    const startedAt = performance.now();
    await own.close();
    // Promptly means without waiting out the injected pause: a small fraction of it, however loaded the machine.
    expect(performance.now() - startedAt).toBeLessThan(INJECTED_WAIT_MS / 10);
    // The SDK reads the closed HTTP/2 session as the stream's end: only the missing chunks tell.
    const { chunks } = await reading;
    client.destroy();
    expect(chunks).toHaveLength(1);
  });
});
