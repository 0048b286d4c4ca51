import { metaLlamaCodec } from "../../../../src/models/meta-llama/meta-llama.codec";
import { readFixture } from "../read-fixture";

const LLAMA_3_1 = "meta.llama3-1-70b-instruct-v1:0";

describe("Meta Llama codec", () => {
  it("wraps a prompt as one user turn in the Llama 3 chat template", () => {
    expect(metaLlamaCodec.encode({ prompt: "Capital of France?" }, LLAMA_3_1)).toEqual({
      ok: true,
      value: {
        prompt:
          "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nCapital of France?<|eot_id|>" +
          "<|start_header_id|>assistant<|end_header_id|>\n\n",
      },
    });
  });

  it("renders the system prompt and every turn, ending with an open assistant header", () => {
    const request = {
      system: "Answer briefly.",
      messages: [
        { role: "user" as const, content: "Hi" },
        { role: "assistant" as const, content: "Hello!" },
        { role: "user" as const, content: "Capital of France?" },
      ],
    };
    expect(metaLlamaCodec.encode(request, LLAMA_3_1)).toEqual({
      ok: true,
      value: {
        prompt:
          "<|begin_of_text|>" +
          "<|start_header_id|>system<|end_header_id|>\n\nAnswer briefly.<|eot_id|>" +
          "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>" +
          "<|start_header_id|>assistant<|end_header_id|>\n\nHello!<|eot_id|>" +
          "<|start_header_id|>user<|end_header_id|>\n\nCapital of France?<|eot_id|>" +
          "<|start_header_id|>assistant<|end_header_id|>\n\n",
      },
    });
  });

  it("maps every option it has to Llama's names", () => {
    expect(metaLlamaCodec.encode({ prompt: "Hi", maxTokens: 2048, temperature: 0.5, topP: 0.9 }, LLAMA_3_1)).toEqual({
      ok: true,
      value: {
        prompt: "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
        max_gen_len: 2048,
        temperature: 0.5,
        top_p: 0.9,
      },
    });
  });

  it.each([
    ["topK", { topK: 40 }, "Meta Llama has no topK option"],
    ["stopSequences", { stopSequences: ["\n"] }, "Meta Llama has no stopSequences option"],
    ["maxTokens", { maxTokens: 2049 }, "Meta Llama takes maxTokens as a whole number from 1 to 2048; got 2049"],
    ["temperature", { temperature: 1.01 }, "Meta Llama takes temperature as a number from 0 to 1; got 1.01"],
    ["topP", { topP: -0.1 }, "Meta Llama takes topP as a number from 0 to 1; got -0.1"],
  ])("refuses %s: %j", (field, option, message) => {
    expect(metaLlamaCodec.encode({ prompt: "Hi", ...option }, LLAMA_3_1)).toEqual({ ok: false, failure: { field, message } });
  });

  it("reads a documented answer", () => {
    expect(metaLlamaCodec.decode(readFixture("meta-llama-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "Paris is the capital of France.",
        stopReason: "stop",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: 25, outputTokens: 8 },
      },
    });
  });

  it("reports an answer without a generation", () => {
    expect(metaLlamaCodec.decode({ stop_reason: "stop" })).toMatchObject({ ok: false, failure: { message: expect.stringContaining("generation") } });
  });

  it("reads stream chunks, the prompt count on the first only", () => {
    const first = { generation: "Par", prompt_token_count: 25, generation_token_count: 1, stop_reason: null };
    const last = { generation: "is.", prompt_token_count: null, generation_token_count: 8, stop_reason: "stop" };
    expect(metaLlamaCodec.decodeChunk(first)).toEqual({ ok: true, value: { text: "Par", inputTokens: 25, outputTokens: 1 } });
    expect(metaLlamaCodec.decodeChunk(last)).toEqual({ ok: true, value: { text: "is.", stopReason: "stop", outputTokens: 8 } });
  });

  it("reads a streamed answer from its documented chunks: text, stop reason and token counts", () => {
    const chunks = readFixture("meta-llama-stream.json") as unknown[];
    const pieces = chunks.map((chunk) => metaLlamaCodec.decodeChunk(chunk));
    expect(pieces.filter((piece) => !piece.ok)).toEqual([]);
    const values = pieces.flatMap((piece) => (piece.ok ? [piece.value] : []));
    expect(values.map(({ text }) => text).join("")).toBe("Paris is the capital of France.");
    expect(values.flatMap((value) => value.stopReason ?? [])).toEqual(["stop"]);
    expect(values.flatMap((value) => value.inputTokens ?? [])).toEqual([25]);
    // generation_token_count is a running total, so the last chunk's is the answer's.
    expect(values.flatMap((value) => value.outputTokens ?? []).at(-1)).toBe(8);
  });

  it("reads a chunk without Llama's keys as no text", () => {
    expect(metaLlamaCodec.decodeChunk({ "amazon-bedrock-invocationMetrics": { inputTokenCount: 25 } })).toEqual({ ok: true, value: { text: "" } });
  });

  it.each([null, "Paris", 42])("reports a stream chunk that is not an object (%j), naming no field", (chunk) => {
    const decoded = metaLlamaCodec.decodeChunk(chunk);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });
});
