import { COHERE_EMBED_MAXIMUM_TEXTS, decodeCohereEmbedBatch, encodeCohereEmbedBatch } from "../../../../src/models/cohere-embed/cohere-embed-batch";
import { cohereEmbedV3Codec } from "../../../../src/models/cohere-embed/cohere-embed-v3.codec";
import { cohereEmbedV4Codec } from "../../../../src/models/cohere-embed/cohere-embed-v4.codec";
import { readFixture } from "../read-fixture";

const V3 = "cohere.embed-english-v3";
const V4 = "cohere.embed-v4:0";
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("Cohere Embed batches", () => {
  it("embeds several texts in one body", () => {
    const body = encodeCohereEmbedBatch(["first", "second"], { inputType: "SEARCH_QUERY" }, V3);
    expect(body).toEqual({ ok: true, value: { texts: ["first", "second"], input_type: "search_query" } });
  });

  it("takes up to 96 texts and refuses more", () => {
    const texts = (count: number) => Array.from({ length: count }, (_, index) => `text ${index}`);
    expect(encodeCohereEmbedBatch(texts(COHERE_EMBED_MAXIMUM_TEXTS), {}, V3).ok).toBe(true);
    expect(encodeCohereEmbedBatch(texts(COHERE_EMBED_MAXIMUM_TEXTS + 1), {}, V3)).toMatchObject({ ok: false, failure: { field: "text" } });
    expect(encodeCohereEmbedBatch([], {}, V3).ok).toBe(false);
  });

  it("refuses a v3 text longer than 2048 characters", () => {
    expect(encodeCohereEmbedBatch(["x".repeat(2049)], {}, V3)).toMatchObject({ ok: false, failure: { field: "text" } });
  });

  it("returns one vector per text, in order", () => {
    const vectors = decodeCohereEmbedBatch(readFixture("cohere-embed-v3-response.json"));
    expect(vectors.ok && vectors.value.map((vector) => vector[0])).toEqual([0.0293, 0.0187]);
  });

  it("reads the float vectors of the by-type form", () => {
    const vectors = decodeCohereEmbedBatch(readFixture("cohere-embed-v3-by-type-response.json"));
    expect(vectors).toEqual({ ok: true, value: [[0.0293, -0.0175, 0.0411, 0.0062, -0.0338, 0.0127]] });
  });

  it("reports a body with no float vectors", () => {
    expect(decodeCohereEmbedBatch({ embeddings: { int8: [[1, 2]] } }).ok).toBe(false);
  });
});

describe("Cohere Embed v3", () => {
  it.each([
    ["SEARCH_DOCUMENT", "search_document"],
    ["SEARCH_QUERY", "search_query"],
    ["CLASSIFICATION", "classification"],
    ["CLUSTERING", "clustering"],
  ] as const)("sends inputType %s as %s", (inputType, wire) => {
    const body = cohereEmbedV3Codec.encode({ text: "fox", inputType }, V3);
    expect(body).toEqual({ ok: true, value: { texts: ["fox"], input_type: wire } });
  });

  it("embeds as a document when no purpose is given, since Cohere requires one", () => {
    const body = cohereEmbedV3Codec.encode({ text: "fox" }, "cohere.embed-multilingual-v3");
    expect(body.ok && body.value).toMatchObject({ input_type: "search_document" });
  });

  it("accepts its fixed 1024 dimensions and refuses others", () => {
    expect(cohereEmbedV3Codec.encode({ text: "fox", dimensions: 1024 }, V3).ok).toBe(true);
    expect(cohereEmbedV3Codec.encode({ text: "fox", dimensions: 512 }, V3)).toMatchObject({ ok: false, failure: { field: "dimensions" } });
  });

  it("refuses normalize", () => {
    expect(cohereEmbedV3Codec.encode({ text: "fox", normalize: true }, V3)).toMatchObject({ ok: false, failure: { field: "normalize" } });
  });

  it("reads a single text's vector as a batch of one", () => {
    const embedding = cohereEmbedV3Codec.decode(readFixture("cohere-embed-v3-by-type-response.json"));
    expect(embedding).toEqual({
      ok: true,
      value: { modality: "EMBEDDING", vector: [0.0293, -0.0175, 0.0411, 0.0062, -0.0338, 0.0127], usage: { inputTokens: null, outputTokens: null } },
    });
  });

  it("reports an answer with no vector", () => {
    expect(cohereEmbedV3Codec.decode({ embeddings: [] }).ok).toBe(false);
  });
});

describe("Cohere Embed v4", () => {
  it("asks for float vectors of the chosen size", () => {
    const body = cohereEmbedV4Codec.encode({ text: "fox", dimensions: 512, inputType: "CLASSIFICATION" }, V4);
    expect(body).toEqual({
      ok: true,
      value: { texts: ["fox"], input_type: "classification", output_dimension: 512, embedding_types: ["float"] },
    });
  });

  it("leaves the size to the model when none is asked", () => {
    const body = cohereEmbedV4Codec.encode({ text: "fox" }, V4);
    expect(body.ok && asJson(body.value)).toEqual({ texts: ["fox"], input_type: "search_document", embedding_types: ["float"] });
  });

  it("refuses a size it does not offer, listing the ones it does", () => {
    const body = cohereEmbedV4Codec.encode({ text: "fox", dimensions: 768 }, V4);
    expect(!body.ok && body.failure).toMatchObject({ field: "dimensions", message: expect.stringContaining("1536, 1024, 512, 256") });
  });

  it("reads the by-type answer", () => {
    const embedding = cohereEmbedV4Codec.decode(readFixture("cohere-embed-v4-response.json"));
    expect(embedding.ok && embedding.value.vector).toHaveLength(8);
  });
});
