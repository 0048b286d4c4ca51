import { mistralCodec } from "../../../../src/models/mistral/mistral.codec";
import { readFixture } from "../read-fixture";

const MISTRAL_7B = "mistral.mistral-7b-instruct-v0:2";
const LARGE_2407 = "mistral.mistral-large-2407-v1:0";

const conversation = {
  system: "Answer briefly.",
  messages: [
    { role: "user" as const, content: "What is your favourite condiment?" },
    { role: "assistant" as const, content: "Fresh lemon juice." },
    { role: "user" as const, content: "Do you have mayonnaise recipes?" },
  ],
};

describe("Mistral codec, text-completion models", () => {
  it("wraps a prompt in the instruction format", () => {
    expect(mistralCodec.encode({ prompt: "What is your favourite condiment?" }, MISTRAL_7B)).toEqual({
      ok: true,
      value: { prompt: "<s>[INST] What is your favourite condiment? [/INST]" },
    });
  });

  it("renders a conversation turn by turn, instructions opening the first user turn", () => {
    expect(mistralCodec.encode(conversation, MISTRAL_7B)).toEqual({
      ok: true,
      value: {
        prompt:
          "<s>[INST] Answer briefly.\n\nWhat is your favourite condiment? [/INST] Fresh lemon juice.</s>" +
          "[INST] Do you have mayonnaise recipes? [/INST]",
      },
    });
  });

  it("maps every option to the completion names", () => {
    const request = { prompt: "Hi", maxTokens: 512, temperature: 0.5, topP: 0.9, topK: 50, stopSequences: ["</s>"] };
    expect(mistralCodec.encode(request, "mistral.mixtral-8x7b-instruct-v0:1")).toEqual({
      ok: true,
      value: { prompt: "<s>[INST] Hi [/INST]", max_tokens: 512, temperature: 0.5, top_p: 0.9, top_k: 50, stop: ["</s>"] },
    });
  });

  it.each([
    ["maxTokens", { maxTokens: 0 }],
    ["temperature", { temperature: 1.5 }],
    ["topP", { topP: 2 }],
  ])("refuses %s outside its documented range: %j", (field, option) => {
    expect(mistralCodec.encode({ prompt: "Hi", ...option }, MISTRAL_7B)).toMatchObject({
      ok: false,
      failure: { field, message: expect.stringContaining("Mistral") },
    });
  });

  it("refuses topK outside 1–200 and more than 10 stop sequences", () => {
    expect(mistralCodec.encode({ prompt: "Hi", topK: 0 }, MISTRAL_7B)).toMatchObject({ ok: false, failure: { field: "topK" } });
    const eleven = Array.from({ length: 11 }, (_, index) => `stop ${index}`);
    expect(mistralCodec.encode({ prompt: "Hi", stopSequences: eleven }, MISTRAL_7B)).toMatchObject({
      ok: false,
      failure: { field: "stopSequences" },
    });
  });

  it("refuses a conversation that opens with the assistant", () => {
    const encoded = mistralCodec.encode({ messages: [{ role: "assistant", content: "Hello" }] }, MISTRAL_7B);
    expect(encoded).toMatchObject({ ok: false, failure: { field: "messages" } });
  });

  it("reads a documented completion", () => {
    expect(mistralCodec.decode(readFixture("mistral-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: " Paris is the capital of France.",
        stopReason: "stop",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: null, outputTokens: null },
      },
    });
  });
});

describe("Mistral codec, chat models (Large 2407 and later)", () => {
  it("sends messages with the system prompt as a system message", () => {
    const request = { ...conversation, maxTokens: 256, temperature: 0.3, topP: 0.8, stopSequences: ["END"] };
    expect(mistralCodec.encode(request, LARGE_2407)).toEqual({
      ok: true,
      value: {
        messages: [
          { role: "system", content: "Answer briefly." },
          { role: "user", content: "What is your favourite condiment?" },
          { role: "assistant", content: "Fresh lemon juice." },
          { role: "user", content: "Do you have mayonnaise recipes?" },
        ],
        max_tokens: 256,
        temperature: 0.3,
        top_p: 0.8,
        stop: ["END"],
      },
    });
  });

  it("sends a prompt as one user message", () => {
    expect(mistralCodec.encode({ prompt: "Hi" }, LARGE_2407)).toEqual({ ok: true, value: { messages: [{ role: "user", content: "Hi" }] } });
  });

  it("refuses topK, which the chat body has no field for", () => {
    expect(mistralCodec.encode({ prompt: "Hi", topK: 50 }, LARGE_2407)).toEqual({
      ok: false,
      failure: { field: "topK", message: `Mistral chat completion (${LARGE_2407}) has no topK option` },
    });
  });

  it("reads a documented chat answer", () => {
    expect(mistralCodec.decode(readFixture("mistral-chat-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "Paris is the capital of France.",
        stopReason: "stop",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: null, outputTokens: null },
      },
    });
  });
});

describe("Mistral codec, reading", () => {
  it("reports a body in neither form", () => {
    const decoded = mistralCodec.decode({ outputs: [] });
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });

  it.each([
    ["mistral-stream.json", " Paris is the capital of France."],
    ["mistral-chat-stream.json", "Paris is the capital of France."],
  ])("reads a streamed answer from the documented chunks in %s", (fixture, answer) => {
    const chunks = readFixture(fixture) as unknown[];
    const pieces = chunks.map((chunk) => mistralCodec.decodeChunk(chunk));
    expect(pieces.filter((piece) => !piece.ok)).toEqual([]);
    const values = pieces.flatMap((piece) => (piece.ok ? [piece.value] : []));
    expect(values.map(({ text }) => text).join("")).toBe(answer);
    expect(values.flatMap((value) => value.stopReason ?? [])).toEqual(["stop"]);
  });

  it("reads an OpenAI-style delta chunk too", () => {
    const chunk = { choices: [{ index: 0, delta: { content: "Par" }, stop_reason: null }] };
    expect(mistralCodec.decodeChunk(chunk)).toEqual({ ok: true, value: { text: "Par" } });
  });

  it("reads a chunk in neither form as no text", () => {
    expect(mistralCodec.decodeChunk({ choices: [] })).toEqual({ ok: true, value: { text: "" } });
    expect(mistralCodec.decodeChunk({ id: "cmpl-1" })).toEqual({ ok: true, value: { text: "" } });
  });

  it.each([null, "Paris", 42])("reports a stream chunk that is not an object (%j), naming no field", (chunk) => {
    const decoded = mistralCodec.decodeChunk(chunk);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });
});
