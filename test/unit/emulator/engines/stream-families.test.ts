import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { answerInvokeStream, type StreamOutcome } from "../../../../src/emulator/engines/answer-invoke-stream";
import { type StreamChunk } from "../../../../src/emulator/engines/engine.types";
import { bodyOf } from "./engine-outcome.assertions";

/** The chunks of a successful stream outcome, untyped so assertions can reach any field. */
function chunksOf(outcome: StreamOutcome): any[] {
  if (!outcome.ok) throw new Error(`expected chunks, got ${outcome.exception}: ${outcome.message}`);
  return outcome.chunks as StreamChunk[];
}

describe("what each family streams", () => {
  it("gives Titan Text's input count on the first chunk and its totals on the last", () => {
    const body = { inputText: "User: hello there\nBot:" };
    const chunks = chunksOf(answerInvokeStream("amazon.titan-text-express-v1", body));
    const answer = bodyOf(answerInvoke("amazon.titan-text-express-v1", body));
    expect(chunks[0]).toMatchObject({ index: 0, inputTextTokenCount: answer.inputTextTokenCount, completionReason: null });
    expect(chunks[1]).toMatchObject({ inputTextTokenCount: null, totalOutputTextTokenCount: null });
    expect(chunks.at(-1)).toMatchObject({
      totalOutputTextTokenCount: answer.results[0].tokenCount,
      completionReason: "FINISH",
    });
  });

  it("still streams one chunk, carrying the stop reason, for an empty reply", () => {
    const body = { inputText: "hello", textGenerationConfig: { maxTokenCount: 0 } };
    expect(chunksOf(answerInvokeStream("amazon.titan-text-lite-v1", body))).toEqual([
      { outputText: "", index: 0, totalOutputTextTokenCount: 0, completionReason: "LENGTH", inputTextTokenCount: 1 },
    ]);
  });

  it("counts Llama's generated tokens as they grow and stops with the answer's reason", () => {
    const chunks = chunksOf(answerInvokeStream("meta.llama3-8b-instruct-v1:0", { prompt: "hello", max_gen_len: 4 }));
    expect(chunks.map((chunk) => chunk.generation_token_count)).toEqual([1, 2, 3, 4]);
    expect(chunks.map((chunk) => chunk.stop_reason)).toEqual([null, null, null, "length"]);
    expect(chunks[0].prompt_token_count).toBe(1);
    expect(chunks[1].prompt_token_count).toBeNull();
  });

  it("frames Cohere's text between stream-start and a stream-end holding the whole response", () => {
    const body = { message: "hello" };
    const chunks = chunksOf(answerInvokeStream("cohere.command-r-v1:0", body));
    const answer = bodyOf(answerInvoke("cohere.command-r-v1:0", body));
    expect(chunks[0]).toEqual({ is_finished: false, event_type: "stream-start", generation_id: answer.generation_id });
    expect(chunks[1]).toEqual({ is_finished: false, event_type: "text-generation", text: "You" });
    expect(chunks.at(-1)).toEqual({ is_finished: true, event_type: "stream-end", finish_reason: "COMPLETE", response: answer });
  });

  it("streams Nova as Converse-style events with usage in metadata", () => {
    const chunks = chunksOf(answerInvokeStream("amazon.nova-micro-v1:0", { messages: [{ role: "user", content: [{ text: "hello" }] }] }));
    expect(chunks[0]).toEqual({ messageStart: { role: "assistant" } });
    expect(chunks[1]).toEqual({ contentBlockDelta: { delta: { text: "You" }, contentBlockIndex: 0 } });
    expect(chunks.slice(-3, -1)).toEqual([{ contentBlockStop: { contentBlockIndex: 0 } }, { messageStop: { stopReason: "end_turn" } }]);
    expect(chunks.at(-1).metadata.usage).toEqual({ inputTokens: 1, outputTokens: expect.any(Number) });
  });

  it("streams each Jamba choice in turn under its index, with usage on the very last chunk", () => {
    const body = { messages: [{ role: "user", content: "hello" }], n: 2 };
    const chunks = chunksOf(answerInvokeStream("ai21.jamba-1-5-large-v1:0", body));
    const answer = bodyOf(answerInvoke("ai21.jamba-1-5-large-v1:0", body));
    for (const choice of answer.choices) {
      const own = chunks.filter((chunk) => chunk.choices[0].index === choice.index);
      expect(own.map((chunk) => chunk.choices[0].delta.content ?? "").join("")).toBe(choice.message.content);
      expect(own.at(-1).choices[0]).toEqual({ index: choice.index, delta: {}, finish_reason: "stop" });
    }
    expect(chunks.filter((chunk) => chunk.usage !== undefined)).toEqual([chunks.at(-1)]);
    expect(chunks.at(-1).usage).toEqual(answer.usage);
  });

  it.each([
    ["an embedding model", "cohere.embed-english-v3", { texts: ["hi"], input_type: "search_query" }],
    ["an image model", "amazon.titan-image-generator-v2:0", { taskType: "TEXT_IMAGE" }],
    ["Llama 4", "meta.llama4-maverick-17b-instruct-v1:0", { prompt: "hi" }],
  ])("refuses to stream %s, whatever its body", (_description, modelId, body) => {
    expect(answerInvokeStream(modelId, body)).toEqual({
      ok: false,
      exception: "ValidationException",
      message: "The model is unsupported for streaming.",
    });
  });

  it("lets InvokeModel answer Llama 4, which only cannot stream", () => {
    expect(answerInvoke("meta.llama4-maverick-17b-instruct-v1:0", { prompt: "hi" }).ok).toBe(true);
  });
});
