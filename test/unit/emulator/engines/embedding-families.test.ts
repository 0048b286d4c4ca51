import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { answerOf, bodyOf, validationMessageOf } from "./engine-outcome.assertions";

function cosine(left: readonly number[], right: readonly number[]): number {
  const dot = left.reduce((sum, value, index) => sum + value * right[index], 0);
  const length = (vector: readonly number[]) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return dot / (length(left) * length(right));
}

function norm(vector: readonly number[]): number {
  return Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
}

const TITAN_V2 = "amazon.titan-embed-text-v2:0";

describe("Titan Text Embeddings engines", () => {
  it("G1 answers a 1536-dimension unit vector with the token count", () => {
    const outcome = answerInvoke("amazon.titan-embed-text-v1", { inputText: "The cat sat on the mat." });
    const body = bodyOf(outcome);
    expect(body.embedding).toHaveLength(1536);
    expect(norm(body.embedding)).toBeCloseTo(1, 10);
    expect(body.inputTextTokenCount).toBe(7);
    expect(answerOf(outcome)).toMatchObject({ inputTokens: 7, outputTokens: 0 });
  });

  it.each([
    [undefined, 1024],
    [512, 512],
    [256, 256],
  ])("V2 with dimensions %s answers %i dimensions, float always in embeddingsByType", (dimensions, expected) => {
    const body = bodyOf(answerInvoke(TITAN_V2, { inputText: "hello world", dimensions }));
    expect(body.embedding).toHaveLength(expected);
    expect(body.embeddingsByType.float).toEqual(body.embedding);
    expect(norm(body.embedding)).toBeCloseTo(1, 10);
  });

  it("V2 with normalize false answers the raw hashed counts, in the normalized vector's direction", () => {
    const raw: number[] = bodyOf(answerInvoke(TITAN_V2, { inputText: "hello hello world", normalize: false })).embedding;
    const unit: number[] = bodyOf(answerInvoke(TITAN_V2, { inputText: "hello hello world" })).embedding;
    // Words count 1 and word pairs 0.5, so raw entries are multiples of a half.
    expect(raw.every((value) => Number.isInteger(value * 2))).toBe(true);
    expect(norm(raw)).toBeGreaterThan(1);
    raw.forEach((value, index) => expect(value / norm(raw)).toBeCloseTo(unit[index], 12));
  });

  it("V2 adds a 0/1 binary embedding on request", () => {
    const body = bodyOf(answerInvoke(TITAN_V2, { inputText: "hello world", dimensions: 256, embeddingTypes: ["float", "binary"] }));
    expect(body.embeddingsByType.binary).toEqual(body.embedding.map((value: number) => (value > 0 ? 1 : 0)));
  });

  it("puts texts that share words closer than unrelated texts", () => {
    const embed = (inputText: string) => bodyOf(answerInvoke(TITAN_V2, { inputText })).embedding as number[];
    const query = embed("How do I reset my router password?");
    const related = embed("Steps to reset the password on your router");
    const unrelated = embed("Bananas are rich in potassium and fibre");
    expect(cosine(query, related)).toBeGreaterThan(0.25);
    expect(cosine(query, related)).toBeGreaterThan(cosine(query, unrelated) + 0.2);
  });

  it("is deterministic", () => {
    const body = { inputText: "same text" };
    expect(answerInvoke(TITAN_V2, body)).toEqual(answerInvoke(TITAN_V2, body));
  });

  it.each([
    ["empty text", { inputText: "" }, "inputText"],
    ["blank text", { inputText: "   " }, "inputText"],
    ["unsupported dimensions", { inputText: "x", dimensions: 768 }, "dimensions"],
    ["too many characters", { inputText: "a".repeat(50_001) }, "inputText"],
  ])("V2 rejects %s", (_case, body, field) => {
    expect(validationMessageOf(answerInvoke(TITAN_V2, body))).toContain(`${field}:`);
  });
});

describe("Titan Multimodal Embeddings engine", () => {
  const model = "amazon.titan-embed-image-v1";
  const image = Buffer.from("not really a png, but bytes all the same").toString("base64");

  it.each([
    [undefined, 1024],
    [384, 384],
    [256, 256],
  ])("with outputEmbeddingLength %s answers %i dimensions", (outputEmbeddingLength, expected) => {
    const body = bodyOf(answerInvoke(model, { inputText: "a red car", embeddingConfig: { outputEmbeddingLength } }));
    expect(body.embedding).toHaveLength(expected);
    expect(body.inputTextTokenCount).toBe(3);
  });

  it("embeds an image alone, and text with an image differently from either", () => {
    const imageOnly = bodyOf(answerInvoke(model, { inputImage: image })).embedding;
    const both = bodyOf(answerInvoke(model, { inputText: "a red car", inputImage: image })).embedding;
    const textOnly = bodyOf(answerInvoke(model, { inputText: "a red car" })).embedding;
    expect(norm(imageOnly)).toBeCloseTo(1, 10);
    expect(both).not.toEqual(imageOnly);
    expect(both).not.toEqual(textOnly);
  });

  it("rejects a body with neither input, or a bad length", () => {
    expect(validationMessageOf(answerInvoke(model, {}))).toContain("inputText");
    expect(validationMessageOf(answerInvoke(model, { inputText: "x", embeddingConfig: { outputEmbeddingLength: 512 } }))).toContain(
      "embeddingConfig.outputEmbeddingLength",
    );
  });
});

describe("Cohere Embed engines", () => {
  const V3 = "cohere.embed-english-v3";
  const V4 = "cohere.embed-v4:0";
  const texts = ["the quick brown fox", "a quick brown dog", "stock market report"];

  it("v3 answers one 1024-dimension vector per text, in order", () => {
    const outcome = answerInvoke(V3, { texts, input_type: "search_document" });
    const body = bodyOf(outcome);
    expect(body).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), texts, response_type: "embeddings_floats" });
    expect(body.embeddings).toHaveLength(3);
    body.embeddings.forEach((vector: number[]) => expect(vector).toHaveLength(1024));
    const alone = bodyOf(answerInvoke(V3, { texts: [texts[1]], input_type: "search_document" }));
    expect(body.embeddings[1]).toEqual(alone.embeddings[0]);
    expect(cosine(body.embeddings[0], body.embeddings[1])).toBeGreaterThan(cosine(body.embeddings[0], body.embeddings[2]));
    expect(answerOf(outcome).inputTokens).toBe(11);
  });

  it("v3 answers embeddings by type when embedding_types is given", () => {
    const request = { texts: ["hello"], input_type: "search_query", embedding_types: ["float", "int8", "ubinary"] };
    const body = bodyOf(answerInvoke(V3, request));
    expect(body.response_type).toBe("embeddings_by_type");
    expect(body.embeddings.float[0]).toHaveLength(1024);
    expect(body.embeddings.int8[0]).toHaveLength(1024);
    expect(body.embeddings.ubinary[0]).toHaveLength(128);
    expect(body.embeddings.int8[0].every((value: number) => Number.isInteger(value) && value >= -128 && value <= 127)).toBe(true);
  });

  it("v4 answers output_dimension dimensions, 1536 by default", () => {
    expect(bodyOf(answerInvoke(V4, { texts: ["hi"], input_type: "search_document" })).embeddings[0]).toHaveLength(1536);
    const request = { texts: ["hi"], input_type: "search_document", output_dimension: 256, embedding_types: ["float"] };
    const body = bodyOf(answerInvoke(V4, request));
    expect(body.embeddings.float[0]).toHaveLength(256);
  });

  it("v4 embeds interleaved inputs and echoes them", () => {
    const image = { type: "image_url", image_url: "data:image/png;base64,iVBORw0KGgo=" };
    const inputs = [{ content: [{ type: "text", text: "a chart" }, image] }];
    const body = bodyOf(answerInvoke(V4, { inputs, input_type: "search_document" }));
    expect(body.embeddings).toHaveLength(1);
    expect(body.inputs).toEqual(inputs);
  });

  it.each([
    ["more than 96 texts", { texts: Array.from({ length: 97 }, (_, index) => `text ${index}`), input_type: "search_document" }, "texts"],
    ["an empty text", { texts: ["fine", ""], input_type: "search_document" }, "texts.1"],
    ["no input_type", { texts: ["x"] }, "input_type"],
    ["a text over 2048 characters", { texts: ["a".repeat(2049)], input_type: "clustering" }, "texts.0"],
  ])("v3 rejects %s", (_case, body, field) => {
    expect(validationMessageOf(answerInvoke(V3, body))).toContain(`${field}:`);
  });

  it("v4 rejects an unsupported output_dimension", () => {
    expect(validationMessageOf(answerInvoke(V4, { texts: ["x"], input_type: "search_query", output_dimension: 768 }))).toContain("output_dimension");
  });
});
