import { titanEmbedTextV1Codec } from "../../../../src/models/titan-embed-text/titan-embed-text-v1.codec";
import { titanEmbedTextV2Codec } from "../../../../src/models/titan-embed-text/titan-embed-text-v2.codec";
import { readFixture } from "../read-fixture";

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("Titan Text Embeddings G1", () => {
  const modelId = "amazon.titan-embed-text-v1";

  it("sends only the text", () => {
    const body = titanEmbedTextV1Codec.encode({ text: "the quick brown fox" }, modelId);
    expect(body.ok && asJson(body.value)).toEqual({ inputText: "the quick brown fox" });
  });

  it("accepts its own fixed size of 1536 dimensions", () => {
    expect(titanEmbedTextV1Codec.encode({ text: "fox", dimensions: 1536 }, modelId).ok).toBe(true);
  });

  it.each([
    ["dimensions", { dimensions: 512 }],
    ["normalize", { normalize: true }],
    ["inputType", { inputType: "SEARCH_QUERY" as const }],
  ])("refuses %s, which G1 does not offer", (field, option) => {
    const body = titanEmbedTextV1Codec.encode({ text: "fox", ...option }, modelId);
    expect(body.ok).toBe(false);
    if (!body.ok) expect(body.failure.field).toBe(field);
  });

  it("reads the vector and the input token count", () => {
    const embedding = titanEmbedTextV1Codec.decode(readFixture("amazon-titan-embed-text-v1-response.json"));
    expect(embedding).toEqual({
      ok: true,
      value: {
        modality: "EMBEDDING",
        vector: [0.4609375, -0.08984375, 0.34375, 0.0546875, -0.41015625, 0.1669921875, -0.2734375, 0.51171875],
        usage: { inputTokens: 6, outputTokens: null },
      },
    });
  });

  it("reports a body without an embedding as a problem naming the field", () => {
    const embedding = titanEmbedTextV1Codec.decode({ inputTextTokenCount: 3 });
    expect(embedding.ok).toBe(false);
    if (!embedding.ok) expect(embedding.failure.message).toContain("embedding");
  });
});

describe("Titan Text Embeddings V2", () => {
  const modelId = "amazon.titan-embed-text-v2:0";

  it("sends the text with the chosen size and normalization", () => {
    const body = titanEmbedTextV2Codec.encode({ text: "fox", dimensions: 256, normalize: false }, modelId);
    expect(body.ok && asJson(body.value)).toEqual({ inputText: "fox", dimensions: 256, normalize: false });
  });

  it("leaves unset options to the model's defaults", () => {
    const body = titanEmbedTextV2Codec.encode({ text: "fox" }, modelId);
    expect(body.ok && asJson(body.value)).toEqual({ inputText: "fox" });
  });

  it("refuses a size it does not offer, listing the ones it does", () => {
    const body = titanEmbedTextV2Codec.encode({ text: "fox", dimensions: 1536 }, modelId);
    expect(body.ok).toBe(false);
    if (!body.ok) {
      expect(body.failure.field).toBe("dimensions");
      expect(body.failure.message).toMatch(/1024, 512, 256/);
    }
  });

  it("refuses inputType", () => {
    const body = titanEmbedTextV2Codec.encode({ text: "fox", inputType: "CLUSTERING" }, modelId);
    expect(!body.ok && body.failure.field).toBe("inputType");
  });

  it("reads the float vector, ignoring the by-type copy", () => {
    const embedding = titanEmbedTextV2Codec.decode(readFixture("amazon-titan-embed-text-v2-response.json"));
    expect(embedding.ok && embedding.value.vector).toHaveLength(8);
    expect(embedding.ok && embedding.value.usage).toEqual({ inputTokens: 7, outputTokens: null });
  });
});
