import { ai21JambaCodec } from "../../../../src/models/ai21-jamba/ai21-jamba.codec";
import { readFixture } from "../read-fixture";

const JAMBA_MINI = "ai21.jamba-1-5-mini-v1:0";

describe("AI21 Jamba codec", () => {
  it("sends a prompt as one user message", () => {
    expect(ai21JambaCodec.encode({ prompt: "Hi" }, JAMBA_MINI)).toEqual({ ok: true, value: { messages: [{ role: "user", content: "Hi" }] } });
  });

  it("sends the system prompt as a system message before the conversation", () => {
    const request = {
      system: "Answer briefly.",
      messages: [
        { role: "user" as const, content: "Hi" },
        { role: "assistant" as const, content: "Hello!" },
        { role: "user" as const, content: "Capital of France?" },
      ],
    };
    expect(ai21JambaCodec.encode(request, JAMBA_MINI)).toEqual({
      ok: true,
      value: {
        messages: [
          { role: "system", content: "Answer briefly." },
          { role: "user", content: "Hi" },
          { role: "assistant", content: "Hello!" },
          { role: "user", content: "Capital of France?" },
        ],
      },
    });
  });

  it("maps every option it has to Jamba's names", () => {
    const request = { prompt: "Hi", maxTokens: 4096, temperature: 1.5, topP: 0.9, stopSequences: ["##"] };
    expect(ai21JambaCodec.encode(request, JAMBA_MINI)).toEqual({
      ok: true,
      value: { messages: [{ role: "user", content: "Hi" }], max_tokens: 4096, temperature: 1.5, top_p: 0.9, stop: ["##"] },
    });
  });

  it.each([
    ["topK", { topK: 5 }, "AI21 Jamba has no topK option"],
    ["maxTokens", { maxTokens: 4097 }, "AI21 Jamba takes maxTokens as a whole number from 1 to 4096; got 4097"],
    ["temperature", { temperature: 2.5 }, "AI21 Jamba takes temperature as a number from 0 to 2; got 2.5"],
    ["topP", { topP: 1.1 }, "AI21 Jamba takes topP as a number from 0 to 1; got 1.1"],
  ])("refuses %s: %j", (field, option, message) => {
    expect(ai21JambaCodec.encode({ prompt: "Hi", ...option }, JAMBA_MINI)).toEqual({ ok: false, failure: { field, message } });
  });

  it("reads a documented answer with its usage", () => {
    expect(ai21JambaCodec.decode(readFixture("ai21-jamba-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "Paris is the capital of France.",
        stopReason: "stop",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: 19, outputTokens: 9 },
      },
    });
  });

  it("reports an answer without choices", () => {
    expect(ai21JambaCodec.decode({ id: "chatcmpl-1", usage: { prompt_tokens: 1, completion_tokens: 1 } })).toMatchObject({
      ok: false,
      failure: { message: expect.stringContaining("choices") },
    });
  });

  it("reads OpenAI-style stream chunks", () => {
    expect(ai21JambaCodec.decodeChunk({ choices: [{ index: 0, delta: { content: "Par" }, finish_reason: null }] })).toEqual({
      ok: true,
      value: { text: "Par" },
    });
    const last = { choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: { prompt_tokens: 19, completion_tokens: 9, total_tokens: 28 } };
    expect(ai21JambaCodec.decodeChunk(last)).toEqual({ ok: true, value: { text: "", stopReason: "stop", inputTokens: 19, outputTokens: 9 } });
  });

  it("reads a streamed answer from its documented chunks: text, stop reason and token counts", () => {
    const chunks = readFixture("ai21-jamba-stream.json") as unknown[];
    const pieces = chunks.map((chunk) => ai21JambaCodec.decodeChunk(chunk));
    expect(pieces.filter((piece) => !piece.ok)).toEqual([]);
    const values = pieces.flatMap((piece) => (piece.ok ? [piece.value] : []));
    expect(values.map(({ text }) => text).join("")).toBe("Paris is the capital of France.");
    expect(values.flatMap((value) => value.stopReason ?? [])).toEqual(["stop"]);
    expect(values.flatMap((value) => value.inputTokens ?? [])).toEqual([19]);
    expect(values.flatMap((value) => value.outputTokens ?? [])).toEqual([9]);
  });

  it("reads a usage-only chunk with no choices", () => {
    expect(ai21JambaCodec.decodeChunk({ choices: [], usage: { prompt_tokens: 19, completion_tokens: 9 } })).toEqual({
      ok: true,
      value: { text: "", inputTokens: 19, outputTokens: 9 },
    });
  });

  it.each([null, "Paris", 42])("reports a stream chunk that is not an object (%j), naming no field", (chunk) => {
    const decoded = ai21JambaCodec.decodeChunk(chunk);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });
});
