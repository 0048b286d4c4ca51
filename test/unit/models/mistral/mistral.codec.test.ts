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

  it("refuses topK outside 1–200 and more than 10 stop sequences", () => {
    expect(mistralCodec.encode({ prompt: "Hi", topK: 0 }, MISTRAL_7B)).toMatchObject({ ok: false, failure: { field: "topK" } });
    const eleven = Array.from({ length: 11 }, (_, index) => `stop ${index}`);
    expect(mistralCodec.encode({ prompt: "Hi", stopSequences: eleven }, MISTRAL_7B)).toMatchObject({ ok: false, failure: { field: "stopSequences" } });
  });

  it("refuses a conversation that opens with the assistant", () => {
    const encoded = mistralCodec.encode({ messages: [{ role: "assistant", content: "Hello" }] }, MISTRAL_7B);
    expect(encoded).toMatchObject({ ok: false, failure: { field: "messages" } });
  });

  it("reads a documented completion", () => {
    expect(mistralCodec.decode(readFixture("mistral-response.json"))).toEqual({
      ok: true,
      value: { modality: "TEXT", text: " Paris is the capital of France.", stopReason: "stop", usage: { inputTokens: null, outputTokens: null } },
    });
  });
});

describe("Mistral codec, chat models (Large 2407 and later)", () => {
  it("sends messages with the system prompt as a system message", () => {
    expect(mistralCodec.encode({ ...conversation, maxTokens: 256, temperature: 0.3, topP: 0.8 }, LARGE_2407)).toEqual({
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
      },
    });
  });

  it("sends a prompt as one user message", () => {
    expect(mistralCodec.encode({ prompt: "Hi" }, LARGE_2407)).toEqual({ ok: true, value: { messages: [{ role: "user", content: "Hi" }] } });
  });

  it.each([
    ["topK", { topK: 50 }],
    ["stopSequences", { stopSequences: ["END"] }],
  ])("refuses %s, which the chat body has no field for", (field, option) => {
    expect(mistralCodec.encode({ prompt: "Hi", ...option }, LARGE_2407)).toMatchObject({
      ok: false,
      failure: { field, message: `Mistral chat completion (${LARGE_2407}) has no ${field} option` },
    });
  });

  it("reads a documented chat answer", () => {
    expect(mistralCodec.decode(readFixture("mistral-chat-response.json"))).toEqual({
      ok: true,
      value: { modality: "TEXT", text: "Paris is the capital of France.", stopReason: "stop", usage: { inputTokens: null, outputTokens: null } },
    });
  });
});

describe("Mistral codec, reading", () => {
  it("reports a body in neither form", () => {
    const decoded = mistralCodec.decode({ outputs: [] });
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });

  it("reads completion and chat stream chunks", () => {
    expect(mistralCodec.decodeChunk({ outputs: [{ text: "Par", stop_reason: null }] })).toEqual({ ok: true, value: { text: "Par" } });
    const chat = { choices: [{ index: 0, message: { role: "assistant", content: "is." }, stop_reason: "stop" }] };
    expect(mistralCodec.decodeChunk(chat)).toEqual({ ok: true, value: { text: "is.", stopReason: "stop" } });
  });
});
