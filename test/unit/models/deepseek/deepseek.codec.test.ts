import { deepseekCodec } from "../../../../src/models/deepseek/deepseek.codec";
import { readFixture } from "../read-fixture";

const R1 = "deepseek.r1-v1:0";

describe("DeepSeek codec", () => {
  it("wraps a prompt the way the Bedrock DeepSeek example does", () => {
    expect(deepseekCodec.encode({ prompt: "Capital of France?" }, R1)).toEqual({
      ok: true,
      value: { prompt: "<｜begin▁of▁sentence｜><｜User｜>Capital of France?<｜Assistant｜><think>\n" },
    });
  });

  it("renders the system prompt and earlier turns in R1's chat template", () => {
    const request = {
      system: "Answer briefly.",
      messages: [
        { role: "user" as const, content: "Hi" },
        { role: "assistant" as const, content: "Hello!" },
        { role: "user" as const, content: "Capital of France?" },
      ],
    };
    expect(deepseekCodec.encode(request, R1)).toEqual({
      ok: true,
      value: {
        prompt:
          "<｜begin▁of▁sentence｜>Answer briefly.<｜User｜>Hi<｜Assistant｜>Hello!<｜end▁of▁sentence｜>" +
          "<｜User｜>Capital of France?<｜Assistant｜><think>\n",
      },
    });
  });

  it("maps every option it has to DeepSeek's names", () => {
    expect(deepseekCodec.encode({ prompt: "Hi", maxTokens: 32768, temperature: 0.6, topP: 0.9, stopSequences: ["###"] }, R1)).toEqual({
      ok: true,
      value: {
        prompt: "<｜begin▁of▁sentence｜><｜User｜>Hi<｜Assistant｜><think>\n",
        max_tokens: 32768,
        temperature: 0.6,
        top_p: 0.9,
        stop: ["###"],
      },
    });
  });

  it.each([
    ["topK", { topK: 10 }],
    ["maxTokens", { maxTokens: 32769 }],
    ["temperature", { temperature: 1.2 }],
    ["topP", { topP: 1.5 }],
    ["stopSequences", { stopSequences: Array.from({ length: 11 }, (_, index) => `${index}`) }],
  ])("refuses %s: %j", (field, option) => {
    expect(deepseekCodec.encode({ prompt: "Hi", ...option }, R1)).toMatchObject({
      ok: false,
      failure: { field, message: expect.stringContaining("DeepSeek") },
    });
  });

  it("reads a documented answer, reasoning and all", () => {
    expect(deepseekCodec.decode(readFixture("deepseek-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "Paris is the capital of France.",
        stopReason: "stop",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: { text: "The user asks for a capital city.", signature: null, redactedData: [] },
        usage: { inputTokens: null, outputTokens: null },
      },
    });
  });

  it("reports an answer with a choice lacking text", () => {
    expect(deepseekCodec.decode({ choices: [{ stop_reason: "stop" }] })).toMatchObject({
      ok: false,
      failure: { message: expect.stringContaining("choices.0.text") },
    });
  });

  it("reads stream chunks of the answer's shape", () => {
    expect(deepseekCodec.decodeChunk({ choices: [{ text: "Par", stop_reason: null }] })).toEqual({ ok: true, value: { text: "Par" } });
  });

  it("reads a streamed answer from its documented chunks: text and stop reason, no token counts", () => {
    const chunks = readFixture("deepseek-stream.json") as unknown[];
    const pieces = chunks.map((chunk) => deepseekCodec.decodeChunk(chunk));
    expect(pieces.filter((piece) => !piece.ok)).toEqual([]);
    const values = pieces.flatMap((piece) => (piece.ok ? [piece.value] : []));
    expect(values.map(({ text }) => text).join("")).toBe("The user asks for a capital city.\n</think>\n\nParis is the capital of France.");
    expect(values.flatMap((value) => value.stopReason ?? [])).toEqual(["stop"]);
    expect(values.flatMap((value) => [value.inputTokens, value.outputTokens].filter((count) => count !== undefined))).toEqual([]);
  });

  it("reads a chunk without choices as no text", () => {
    expect(deepseekCodec.decodeChunk({ choices: [] })).toEqual({ ok: true, value: { text: "" } });
  });

  it.each([null, "Paris", 42])("reports a stream chunk that is not an object (%j), naming no field", (chunk) => {
    const decoded = deepseekCodec.decodeChunk(chunk);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });
});
