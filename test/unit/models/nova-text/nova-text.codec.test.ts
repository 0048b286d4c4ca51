import { novaTextCodec } from "../../../../src/models/nova-text/nova-text.codec";
import { readFixture } from "../read-fixture";

const LITE = "amazon.nova-lite-v1:0";
const NOVA_2_LITE = "amazon.nova-2-lite-v1:0";

describe("Amazon Nova text codec", () => {
  it("sends a prompt as one user message", () => {
    expect(novaTextCodec.encode({ prompt: "Hi" }, LITE)).toEqual({
      ok: true,
      value: { schemaVersion: "messages-v1", messages: [{ role: "user", content: [{ text: "Hi" }] }], inferenceConfig: {} },
    });
  });

  it("sends a conversation and its system prompt as text blocks", () => {
    const request = {
      system: "Be brief",
      messages: [
        { role: "user" as const, content: "Hi" },
        { role: "assistant" as const, content: "Hello" },
        { role: "user" as const, content: "Capital of France?" },
      ],
    };
    expect(novaTextCodec.encode(request, LITE)).toEqual({
      ok: true,
      value: {
        schemaVersion: "messages-v1",
        system: [{ text: "Be brief" }],
        messages: [
          { role: "user", content: [{ text: "Hi" }] },
          { role: "assistant", content: [{ text: "Hello" }] },
          { role: "user", content: [{ text: "Capital of France?" }] },
        ],
        inferenceConfig: {},
      },
    });
  });

  const allOptions = { prompt: "Hi", maxTokens: 300, temperature: 0.7, topP: 0.9, topK: 50, stopSequences: ["END"] };

  it("uses the snake-case inference names Nova v1 documents", () => {
    const encoded = novaTextCodec.encode(allOptions, LITE);
    expect(encoded.ok && encoded.value).toMatchObject({
      inferenceConfig: { max_new_tokens: 300, temperature: 0.7, top_p: 0.9, top_k: 50, stopSequences: ["END"] },
    });
  });

  it("uses the camel-case inference names Nova 2 documents", () => {
    const encoded = novaTextCodec.encode(allOptions, NOVA_2_LITE);
    expect(encoded.ok && encoded.value).toEqual({
      schemaVersion: "messages-v1",
      messages: [{ role: "user", content: [{ text: "Hi" }] }],
      inferenceConfig: { maxTokens: 300, temperature: 0.7, topP: 0.9, topK: 50, stopSequences: ["END"] },
    });
  });

  it.each([
    ["temperature", { temperature: 1.1 }],
    ["topP", { topP: 2 }],
    ["topK", { topK: -1 }],
    ["maxTokens", { maxTokens: 10.5 }],
  ])("refuses %s out of range: %j", (field, option) => {
    expect(novaTextCodec.encode({ prompt: "Hi", ...option }, LITE)).toMatchObject({ ok: false, failure: { field } });
  });

  it("refuses a conversation that opens with the assistant", () => {
    const encoded = novaTextCodec.encode({ messages: [{ role: "assistant", content: "Hello" }] }, LITE);
    expect(encoded).toMatchObject({ ok: false, failure: { field: "messages", message: expect.stringContaining("Amazon Nova") } });
  });

  it("reads a documented answer", () => {
    expect(novaTextCodec.decode(readFixture("amazon-nova-text-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "Paris is the capital of France.",
        stopReason: "end_turn",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: 12, outputTokens: 8, cacheReadTokens: 0, cacheWriteTokens: 0 },
      },
    });
  });

  it("reports an answer with no message", () => {
    expect(novaTextCodec.decode({ output: {}, stopReason: "end_turn" })).toMatchObject({
      ok: false,
      failure: { message: expect.stringContaining("output.message") },
    });
  });

  it("reads the stream's documented events", () => {
    const chunks = [
      { messageStart: { role: "assistant" } },
      { contentBlockDelta: { delta: { text: "Hel" }, contentBlockIndex: 0 } },
      { contentBlockStop: { contentBlockIndex: 0 } },
      { messageStop: { stopReason: "end_turn" } },
      { metadata: { usage: { inputTokens: 5, outputTokens: 2 }, metrics: {}, trace: {} } },
    ];
    expect(chunks.map((chunk) => novaTextCodec.decodeChunk(chunk))).toEqual([
      { ok: true, value: { text: "" } },
      { ok: true, value: { text: "Hel" } },
      { ok: true, value: { text: "" } },
      { ok: true, value: { text: "", stopReason: "end_turn" } },
      { ok: true, value: { text: "", inputTokens: 5, outputTokens: 2 } },
    ]);
  });

  it("reads a streamed answer from its documented chunks: text, stop reason and token counts", () => {
    const chunks = readFixture("amazon-nova-text-stream.json") as unknown[];
    const pieces = chunks.map((chunk) => novaTextCodec.decodeChunk(chunk));
    expect(pieces.filter((piece) => !piece.ok)).toEqual([]);
    const values = pieces.flatMap((piece) => (piece.ok ? [piece.value] : []));
    expect(values.map(({ text }) => text).join("")).toBe("Paris is the capital of France.");
    expect(values.flatMap((value) => value.stopReason ?? [])).toEqual(["end_turn"]);
    expect(values.flatMap((value) => value.inputTokens ?? [])).toEqual([12]);
    expect(values.flatMap((value) => value.outputTokens ?? [])).toEqual([8]);
  });

  it.each([null, "Paris", 42])("reports a stream chunk that is not an object (%j), naming no field", (chunk) => {
    const decoded = novaTextCodec.decodeChunk(chunk);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });
});
