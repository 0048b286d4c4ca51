import { anthropicClaudeCodec } from "../../../../src/models/anthropic-claude/anthropic-claude.codec";
import { readFixture } from "../read-fixture";

const HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";
const SONNET_4_5 = "anthropic.claude-sonnet-4-5-20250929-v1:0";

describe("Anthropic Claude codec", () => {
  it("sends a prompt as one user message, with the default max_tokens Claude requires", () => {
    expect(anthropicClaudeCodec.encode({ prompt: "What is the capital of France?" }, HAIKU)).toEqual({
      ok: true,
      value: {
        anthropic_version: "bedrock-2023-05-31",
        max_tokens: 1024,
        messages: [{ role: "user", content: [{ type: "text", text: "What is the capital of France?" }] }],
      },
    });
  });

  it("sends a conversation and its system prompt", () => {
    const request = {
      system: "Answer in one sentence.",
      messages: [
        { role: "user" as const, content: "Hi" },
        { role: "assistant" as const, content: "Hello! How can I help?" },
        { role: "user" as const, content: "Capital of France?" },
      ],
    };
    expect(anthropicClaudeCodec.encode(request, HAIKU)).toEqual({
      ok: true,
      value: {
        anthropic_version: "bedrock-2023-05-31",
        max_tokens: 1024,
        system: "Answer in one sentence.",
        messages: [
          { role: "user", content: [{ type: "text", text: "Hi" }] },
          { role: "assistant", content: [{ type: "text", text: "Hello! How can I help?" }] },
          { role: "user", content: [{ type: "text", text: "Capital of France?" }] },
        ],
      },
    });
  });

  it("maps every option to Claude's names", () => {
    const request = { prompt: "Hi", maxTokens: 200, temperature: 0.5, topP: 0.9, topK: 40, stopSequences: ["\n\nHuman:"] };
    expect(anthropicClaudeCodec.encode(request, HAIKU)).toEqual({
      ok: true,
      value: {
        anthropic_version: "bedrock-2023-05-31",
        max_tokens: 200,
        messages: [{ role: "user", content: [{ type: "text", text: "Hi" }] }],
        temperature: 0.5,
        top_p: 0.9,
        top_k: 40,
        stop_sequences: ["\n\nHuman:"],
      },
    });
  });

  it.each([
    ["temperature", { temperature: 1.5 }],
    ["topP", { topP: -0.1 }],
    ["topK", { topK: 501 }],
    ["topK", { topK: 2.5 }],
    ["maxTokens", { maxTokens: 0 }],
  ])("refuses %s out of range: %j", (field, option) => {
    const encoded = anthropicClaudeCodec.encode({ prompt: "Hi", ...option }, HAIKU);
    expect(encoded).toMatchObject({ ok: false, failure: { field, message: expect.stringContaining("Anthropic Claude") } });
  });

  it("refuses temperature with topP on models that take only one of them", () => {
    const both = { prompt: "Hi", temperature: 0.5, topP: 0.9 };
    expect(anthropicClaudeCodec.encode(both, SONNET_4_5)).toMatchObject({ ok: false, failure: { field: "topP" } });
    expect(anthropicClaudeCodec.encode({ prompt: "Hi", temperature: 0.5 }, SONNET_4_5).ok).toBe(true);
  });

  it("refuses a conversation that opens with the assistant, and an empty one", () => {
    const assistantFirst = { messages: [{ role: "assistant" as const, content: "Hello" }] };
    expect(anthropicClaudeCodec.encode(assistantFirst, HAIKU)).toMatchObject({
      ok: false,
      failure: { field: "messages", message: expect.stringContaining("first message to come from the user") },
    });
    expect(anthropicClaudeCodec.encode({ messages: [] }, HAIKU)).toMatchObject({ ok: false, failure: { field: "messages" } });
  });

  it("joins the text blocks of a documented answer", () => {
    expect(anthropicClaudeCodec.decode(readFixture("anthropic-claude-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "Paris is the capital of France.",
        stopReason: "end_turn",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: 14, outputTokens: 9, cacheReadTokens: 0, cacheWriteTokens: 0 },
      },
    });
  });

  it("skips blocks that are not text", () => {
    const body = {
      content: [
        { type: "thinking", thinking: "Short answer." },
        { type: "text", text: "Paris." },
      ],
      stop_reason: "end_turn",
      usage: { input_tokens: 3, output_tokens: 2 },
    };
    expect(anthropicClaudeCodec.decode(body)).toMatchObject({ ok: true, value: { text: "Paris." } });
  });

  it("reports a body without content, naming no field", () => {
    const decoded = anthropicClaudeCodec.decode({ stop_reason: "end_turn", usage: { input_tokens: 1, output_tokens: 1 } });
    expect(decoded).toMatchObject({ ok: false, failure: { message: expect.stringContaining("content") } });
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });

  it("reads the stream's documented events", () => {
    const chunks = [
      { type: "message_start", message: { id: "msg_bdrk_1", content: [], stop_reason: null, usage: { input_tokens: 8, output_tokens: 1 } } },
      { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
      { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "Hel" } },
      { type: "content_block_delta", index: 0, delta: { type: "input_json_delta", partial_json: "{" } },
      { type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: 5 } },
      { type: "message_stop" },
    ];
    expect(chunks.map((chunk) => anthropicClaudeCodec.decodeChunk(chunk))).toEqual([
      { ok: true, value: { text: "", inputTokens: 8 } },
      { ok: true, value: { text: "" } },
      { ok: true, value: { text: "Hel" } },
      { ok: true, value: { text: "", toolCalls: [{ key: 0, inputJson: "{" }] } },
      { ok: true, value: { text: "", stopReason: "end_turn", outputTokens: 5 } },
      { ok: true, value: { text: "" } },
    ]);
  });

  it("reports a text delta with no delta", () => {
    expect(anthropicClaudeCodec.decodeChunk({ type: "content_block_delta", index: 0 }).ok).toBe(false);
  });

  it("reads a streamed answer from its documented chunks: text, stop reason and token counts", () => {
    const chunks = readFixture("anthropic-claude-stream.json") as unknown[];
    const pieces = chunks.map((chunk) => anthropicClaudeCodec.decodeChunk(chunk));
    expect(pieces.filter((piece) => !piece.ok)).toEqual([]);
    const values = pieces.flatMap((piece) => (piece.ok ? [piece.value] : []));
    expect(values.map(({ text }) => text).join("")).toBe("Paris is the capital of France.");
    expect(values.flatMap((value) => value.stopReason ?? [])).toEqual(["end_turn"]);
    expect(values.flatMap((value) => value.inputTokens ?? [])).toEqual([14]);
    expect(values.flatMap((value) => value.outputTokens ?? [])).toEqual([9]);
  });

  it.each([null, "Paris", 42])("reports a stream chunk that is not an object (%j), naming no field", (chunk) => {
    const decoded = anthropicClaudeCodec.decodeChunk(chunk);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });
});
