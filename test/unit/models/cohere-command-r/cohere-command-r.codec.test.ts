import { cohereCommandRCodec } from "../../../../src/models/cohere-command-r/cohere-command-r.codec";
import { readFixture } from "../read-fixture";

const COMMAND_R = "cohere.command-r-v1:0";

describe("Cohere Command R codec", () => {
  it("sends a prompt as the message, with no history", () => {
    expect(cohereCommandRCodec.encode({ prompt: "Capital of France?" }, COMMAND_R)).toEqual({
      ok: true,
      value: { message: "Capital of France?" },
    });
  });

  it("sends the last user turn as the message, earlier turns as history, system as preamble", () => {
    const request = {
      system: "You are a geography tutor.",
      messages: [
        { role: "user" as const, content: "Hi" },
        { role: "assistant" as const, content: "Hello! Ask me anything." },
        { role: "user" as const, content: "Capital of France?" },
      ],
    };
    expect(cohereCommandRCodec.encode(request, COMMAND_R)).toEqual({
      ok: true,
      value: {
        message: "Capital of France?",
        chat_history: [
          { role: "USER", message: "Hi" },
          { role: "CHATBOT", message: "Hello! Ask me anything." },
        ],
        preamble: "You are a geography tutor.",
      },
    });
  });

  it("maps every option to Cohere's names", () => {
    const request = { prompt: "Hi", maxTokens: 400, temperature: 0.3, topP: 0.75, topK: 10, stopSequences: ["--"] };
    expect(cohereCommandRCodec.encode(request, COMMAND_R)).toEqual({
      ok: true,
      value: { message: "Hi", max_tokens: 400, temperature: 0.3, p: 0.75, k: 10, stop_sequences: ["--"] },
    });
  });

  it.each([
    ["topP", { topP: 1 }],
    ["topK", { topK: 501 }],
    ["temperature", { temperature: 1.5 }],
  ])("refuses %s out of range: %j", (field, option) => {
    const encoded = cohereCommandRCodec.encode({ prompt: "Hi", ...option }, COMMAND_R);
    expect(encoded).toMatchObject({ ok: false, failure: { field, message: expect.stringContaining("Cohere Command R") } });
  });

  it("refuses a conversation that ends with the model, since the message must be the user's", () => {
    const request = {
      messages: [
        { role: "user" as const, content: "Hi" },
        { role: "assistant" as const, content: "Hello" },
      ],
    };
    expect(cohereCommandRCodec.encode(request, COMMAND_R)).toMatchObject({
      ok: false,
      failure: { field: "messages", message: expect.stringContaining("last message to come from the user") },
    });
  });

  it("reads a documented answer, with the billed token counts", () => {
    expect(cohereCommandRCodec.decode(readFixture("cohere-command-r-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "Paris is the capital of France.",
        stopReason: "COMPLETE",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: 7, outputTokens: 8 },
      },
    });
  });

  it("leaves usage unknown when the answer carries none", () => {
    expect(cohereCommandRCodec.decode({ text: "Paris.", finish_reason: "COMPLETE" })).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "Paris.",
        stopReason: "COMPLETE",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: null, outputTokens: null },
      },
    });
  });

  it("reports an answer without text", () => {
    expect(cohereCommandRCodec.decode({ finish_reason: "COMPLETE" })).toMatchObject({
      ok: false,
      failure: { message: expect.stringContaining("text") },
    });
  });

  it("reads text-generation and stream-end chunks", () => {
    expect(cohereCommandRCodec.decodeChunk({ is_finished: false, event_type: "stream-start", generation_id: "g1" })).toEqual({
      ok: true,
      value: { text: "" },
    });
    expect(cohereCommandRCodec.decodeChunk({ is_finished: false, event_type: "text-generation", text: "Par" })).toEqual({
      ok: true,
      value: { text: "Par" },
    });
    const end = { is_finished: true, event_type: "stream-end", finish_reason: "COMPLETE", response: readFixture("cohere-command-r-response.json") };
    expect(cohereCommandRCodec.decodeChunk(end)).toEqual({ ok: true, value: { text: "", stopReason: "COMPLETE", inputTokens: 7, outputTokens: 8 } });
  });

  it("reads a streamed answer from its documented chunks: text, stop reason and token counts", () => {
    const chunks = readFixture("cohere-command-r-stream.json") as unknown[];
    const pieces = chunks.map((chunk) => cohereCommandRCodec.decodeChunk(chunk));
    expect(pieces.filter((piece) => !piece.ok)).toEqual([]);
    const values = pieces.flatMap((piece) => (piece.ok ? [piece.value] : []));
    expect(values.map(({ text }) => text).join("")).toBe("Paris is the capital of France.");
    expect(values.flatMap((value) => value.stopReason ?? [])).toEqual(["COMPLETE"]);
    expect(values.flatMap((value) => value.inputTokens ?? [])).toEqual([7]);
    expect(values.flatMap((value) => value.outputTokens ?? [])).toEqual([8]);
  });

  it.each([null, "Paris", 42])("reports a stream chunk that is not an object (%j), naming no field", (chunk) => {
    const decoded = cohereCommandRCodec.decodeChunk(chunk);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });
});
