import { titanTextCodec } from "../../../../src/models/titan-text/titan-text.codec";
import { readFixture } from "../read-fixture";

const EXPRESS = "amazon.titan-text-express-v1";
const PREMIER = "amazon.titan-text-premier-v1:0";

describe("Amazon Titan Text codec", () => {
  it("sends a prompt as written", () => {
    expect(titanTextCodec.encode({ prompt: "Write a haiku about rain." }, EXPRESS)).toEqual({
      ok: true,
      value: { inputText: "Write a haiku about rain.", textGenerationConfig: {} },
    });
  });

  it("writes a conversation as a User/Bot transcript after the instructions", () => {
    const request = {
      system: "Answer briefly.",
      messages: [
        { role: "user" as const, content: "Hi" },
        { role: "assistant" as const, content: "Hello!" },
        { role: "user" as const, content: "Capital of France?" },
      ],
    };
    expect(titanTextCodec.encode(request, EXPRESS)).toEqual({
      ok: true,
      value: { inputText: "Answer briefly.\n\nUser: Hi\nBot: Hello!\nUser: Capital of France?\nBot:", textGenerationConfig: {} },
    });
  });

  it("puts instructions before a lone prompt", () => {
    const encoded = titanTextCodec.encode({ prompt: "Capital of France?", system: "Answer briefly." }, EXPRESS);
    expect(encoded).toMatchObject({ ok: true, value: { inputText: "Answer briefly.\n\nCapital of France?" } });
  });

  it("maps every option it has to textGenerationConfig", () => {
    const request = { prompt: "Hi", maxTokens: 512, temperature: 0.7, topP: 0.9, stopSequences: ["User:"] };
    expect(titanTextCodec.encode(request, EXPRESS)).toEqual({
      ok: true,
      value: { inputText: "Hi", textGenerationConfig: { maxTokenCount: 512, temperature: 0.7, topP: 0.9, stopSequences: ["User:"] } },
    });
  });

  it("refuses topK, which Titan Text has no field for", () => {
    expect(titanTextCodec.encode({ prompt: "Hi", topK: 50 }, EXPRESS)).toMatchObject({
      ok: false,
      failure: { field: "topK", message: "Amazon Titan Text has no topK option" },
    });
  });

  it("holds maxTokens to each model's ceiling", () => {
    expect(titanTextCodec.encode({ prompt: "Hi", maxTokens: 8192 }, EXPRESS).ok).toBe(true);
    expect(titanTextCodec.encode({ prompt: "Hi", maxTokens: 8193 }, EXPRESS)).toMatchObject({ ok: false, failure: { field: "maxTokens" } });
    expect(titanTextCodec.encode({ prompt: "Hi", maxTokens: 4096 }, PREMIER)).toMatchObject({
      ok: false,
      failure: { field: "maxTokens", message: "Amazon Titan Text takes maxTokens as a whole number from 1 to 3072; got 4096" },
    });
  });

  it("refuses temperature above 1", () => {
    expect(titanTextCodec.encode({ prompt: "Hi", temperature: 1.2 }, EXPRESS)).toMatchObject({ ok: false, failure: { field: "temperature" } });
  });

  it("reads the first result of a documented answer", () => {
    expect(titanTextCodec.decode(readFixture("amazon-titan-text-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "\nParis is the capital of France.",
        stopReason: "FINISH",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: 9, outputTokens: 7 },
      },
    });
  });

  it("reports an answer with no results", () => {
    const decoded = titanTextCodec.decode({ inputTextTokenCount: 3, results: [] });
    expect(decoded).toMatchObject({ ok: false, failure: { message: expect.stringContaining("results") } });
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });

  it("reads stream chunks, counts and reason arriving with the text", () => {
    const first = { outputText: "Par", index: 0, totalOutputTextTokenCount: null, completionReason: null, inputTextTokenCount: 9 };
    const last = { outputText: "is.", index: 0, totalOutputTextTokenCount: 7, completionReason: "FINISH", inputTextTokenCount: null };
    expect(titanTextCodec.decodeChunk(first)).toEqual({ ok: true, value: { text: "Par", inputTokens: 9 } });
    expect(titanTextCodec.decodeChunk(last)).toEqual({ ok: true, value: { text: "is.", stopReason: "FINISH", outputTokens: 7 } });
    expect(titanTextCodec.decodeChunk({ index: 0 }).ok).toBe(false);
  });

  it("reads a streamed answer from its documented chunks: text, stop reason and token counts", () => {
    const chunks = readFixture("amazon-titan-text-stream.json") as unknown[];
    const pieces = chunks.map((chunk) => titanTextCodec.decodeChunk(chunk));
    expect(pieces.filter((piece) => !piece.ok)).toEqual([]);
    const values = pieces.flatMap((piece) => (piece.ok ? [piece.value] : []));
    expect(values.map(({ text }) => text).join("")).toBe("\nParis is the capital of France.");
    expect(values.flatMap((value) => value.stopReason ?? [])).toEqual(["FINISH"]);
    expect(values.flatMap((value) => value.inputTokens ?? [])).toEqual([9]);
    expect(values.flatMap((value) => value.outputTokens ?? [])).toEqual([7]);
  });

  it.each([null, "Paris", 42])("reports a stream chunk that is not an object (%j), naming no field", (chunk) => {
    const decoded = titanTextCodec.decodeChunk(chunk);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.failure.field).toBeUndefined();
  });
});
