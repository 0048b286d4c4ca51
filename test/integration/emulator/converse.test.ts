import {
  ConverseCommand,
  type ConverseCommandInput,
  ConverseStreamCommand,
  type ConverseStreamOutput,
  ResourceNotFoundException,
  ThrottlingException,
  ValidationException,
} from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { clearEmulator, fetchCalls, injectFault, withEmulator } from "../../helpers/emulator-harness";
import { emulatorClient } from "../../helpers/emulator-sdk-client";

const NOVA = "us.amazon.nova-lite-v1:0";
const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";

function conversation(overrides: Partial<ConverseCommandInput> = {}): ConverseCommandInput {
  return {
    modelId: NOVA,
    system: [{ text: "Be brief" }],
    messages: [{ role: "user", content: [{ text: "Name three colours of the rainbow" }] }],
    ...overrides,
  };
}

/** Every event of a ConverseStream, and what its iterator threw if it did not end cleanly. */
async function readConverseStream(
  stream: AsyncIterable<ConverseStreamOutput> | undefined,
): Promise<{ events: ConverseStreamOutput[]; error: unknown }> {
  const events: ConverseStreamOutput[] = [];
  try {
    for await (const event of stream ?? []) events.push(event);
    return { events, error: undefined };
  } catch (error) {
    return { events, error };
  }
}

describe("Converse and ConverseStream", () => {
  const emulator = withEmulator();
  afterEach(() => clearEmulator(emulator.url));

  it("answers Converse with an assistant message, stop reason, usage and latency", async () => {
    const client = emulatorClient(emulator.url);
    const output = await client.send(new ConverseCommand(conversation()));
    client.destroy();
    expect(output).toMatchObject({
      output: { message: { role: "assistant", content: [{ text: expect.stringContaining("Name three colours") }] } },
      stopReason: "end_turn",
      usage: { inputTokens: 8, outputTokens: expect.any(Number), totalTokens: expect.any(Number) },
      metrics: { latencyMs: expect.any(Number) },
    });
    expect(output.usage!.totalTokens).toBe(output.usage!.inputTokens! + output.usage!.outputTokens!);
    expect(await fetchCalls(emulator.url)).toMatchObject([
      { operation: "Converse", modelId: NOVA, path: `/model/${encodeURIComponent(NOVA)}/converse`, outcome: "ok" },
    ]);
  });

  it("answers any text model, replying alike to the same conversation", async () => {
    const client = emulatorClient(emulator.url);
    const nova = await client.send(new ConverseCommand(conversation()));
    const claude = await client.send(new ConverseCommand(conversation({ modelId: CLAUDE })));
    client.destroy();
    expect(claude.output?.message?.content?.[0].text).toBe(nova.output?.message?.content?.[0].text);
  });

  it.each([
    ["maxTokens", { maxTokens: 3 }, "max_tokens", "You said:"],
    ["a stop sequence", { stopSequences: ["colours"] }, "stop_sequence", "You said: Name three "],
  ])("stops at %s", async (_limit, inferenceConfig, stopReason, text) => {
    const client = emulatorClient(emulator.url);
    const output = await client.send(new ConverseCommand(conversation({ inferenceConfig })));
    client.destroy();
    expect(output.stopReason).toBe(stopReason);
    expect(output.output?.message?.content?.[0].text).toBe(text);
  });

  it("streams the Converse reply as ConverseStream events, joined into the same text", async () => {
    const client = emulatorClient(emulator.url);
    const answered = await client.send(new ConverseCommand(conversation()));
    const streamed = await client.send(new ConverseStreamCommand(conversation()));
    const { events, error } = await readConverseStream(streamed.stream);
    client.destroy();

    expect(error).toBeUndefined();
    const members = events.map((event) => Object.keys(event).find((key) => key !== "$unknown"));
    expect(members[0]).toBe("messageStart");
    expect(members.slice(-3)).toEqual(["contentBlockStop", "messageStop", "metadata"]);
    expect(new Set(members.slice(1, -3))).toEqual(new Set(["contentBlockDelta"]));
    expect(events[0].messageStart).toEqual({ role: "assistant" });
    const text = events.map((event) => event.contentBlockDelta?.delta?.text ?? "").join("");
    expect(text).toBe(answered.output?.message?.content?.[0].text);
    expect(events[1].contentBlockDelta?.contentBlockIndex).toBe(0);
    expect(events.at(-2)?.messageStop).toEqual({ stopReason: "end_turn" });
    expect(events.at(-1)?.metadata).toEqual({
      usage: answered.usage,
      metrics: { latencyMs: expect.any(Number) },
    });
    expect((await fetchCalls(emulator.url))[1]).toMatchObject({
      operation: "ConverseStream",
      outcome: "ok",
      chunksSent: events.length,
    });
  });

  it("streams ConverseStream over HTTP/1.1 too", async () => {
    const client = emulatorClient(emulator.url, { requestHandler: new NodeHttpHandler() });
    const { events, error } = await readConverseStream((await client.send(new ConverseStreamCommand(conversation()))).stream);
    client.destroy();
    expect(error).toBeUndefined();
    expect(events.at(-1)?.metadata?.usage?.inputTokens).toBe(8);
  });

  it("throws a mid-stream throttlingException from the ConverseStream iterator", async () => {
    await injectFault(emulator.url, { streamException: "throttlingException", afterChunks: 3 });
    const client = emulatorClient(emulator.url);
    const { events, error } = await readConverseStream((await client.send(new ConverseStreamCommand(conversation()))).stream);
    client.destroy();
    expect(events).toHaveLength(3);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(await fetchCalls(emulator.url)).toMatchObject([{ outcome: "throttlingException", chunksSent: 3 }]);
  });

  it("applies a pre-answer exception to Converse as to InvokeModel", async () => {
    await injectFault(emulator.url, { exception: "ThrottlingException" });
    const client = emulatorClient(emulator.url, { maxAttempts: 1 });
    await expect(client.send(new ConverseCommand(conversation()))).rejects.toBeInstanceOf(ThrottlingException);
    client.destroy();
  });

  it.each([
    ["an embedding model", "amazon.titan-embed-text-v2:0"],
    ["an image model", "stability.sd3-5-large-v1:0"],
  ])("refuses %s with a ValidationException", async (_description, modelId) => {
    const client = emulatorClient(emulator.url, { maxAttempts: 1 });
    const errors = [
      await client.send(new ConverseCommand(conversation({ modelId }))).catch((thrown: unknown) => thrown),
      await client.send(new ConverseStreamCommand(conversation({ modelId }))).catch((thrown: unknown) => thrown),
    ];
    client.destroy();
    for (const error of errors) {
      expect(error).toBeInstanceOf(ValidationException);
      expect((error as Error).message).toMatch(/doesn't support the model that you provided/);
    }
  });

  it("answers a model it does not know with ResourceNotFoundException", async () => {
    const client = emulatorClient(emulator.url, { maxAttempts: 1 });
    const error = await client.send(new ConverseCommand(conversation({ modelId: "acme.mystery-model-v1:0" }))).catch((thrown: unknown) => thrown);
    client.destroy();
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it.each([
    ["maxTokens of 0", "inferenceConfig.maxTokens", { inferenceConfig: { maxTokens: 0 } }],
    ["temperature over 1", "inferenceConfig.temperature", { inferenceConfig: { temperature: 1.5 } }],
    ["topP under 0", "inferenceConfig.topP", { inferenceConfig: { topP: -0.1 } }],
    ["a system role in messages", "messages.0.role", { messages: [{ role: "system", content: [{ text: "hi" }] }] }],
    ["a conversation opened by the assistant", "messages", { messages: [{ role: "assistant", content: [{ text: "hi" }] }] }],
    ["no messages", "messages", { messages: undefined }],
  ])("rejects %s with a ValidationException naming the field", async (_description, field, overrides) => {
    const client = emulatorClient(emulator.url, { maxAttempts: 1 });
    const error = await client.send(new ConverseCommand(conversation(overrides as Partial<ConverseCommandInput>))).catch((thrown: unknown) => thrown);
    client.destroy();
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as Error).message).toMatch(/^1 validation error detected: /);
    expect((error as Error).message).toContain(`'${field}'`);
  });
});
