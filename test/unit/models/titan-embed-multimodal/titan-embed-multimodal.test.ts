import { titanEmbedMultimodalCodec } from "../../../../src/models/titan-embed-multimodal/titan-embed-multimodal.codec";
import { readFixture } from "../read-fixture";

const modelId = "amazon.titan-embed-image-v1";
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("Titan Multimodal Embeddings", () => {
  it("sends the text and the requested vector length", () => {
    const body = titanEmbedMultimodalCodec.encode({ text: "a red fox", dimensions: 384 }, modelId);
    expect(body.ok && asJson(body.value)).toEqual({ inputText: "a red fox", embeddingConfig: { outputEmbeddingLength: 384 } });
  });

  it("leaves the length to the model when none is asked", () => {
    const body = titanEmbedMultimodalCodec.encode({ text: "a red fox" }, modelId);
    expect(body.ok && asJson(body.value)).toEqual({ inputText: "a red fox" });
  });

  it("refuses a length it does not offer", () => {
    const body = titanEmbedMultimodalCodec.encode({ text: "fox", dimensions: 512 }, modelId);
    expect(!body.ok && body.failure).toMatchObject({ field: "dimensions", message: expect.stringContaining("256, 384, 1024") });
  });

  it("refuses normalize and inputType", () => {
    expect(titanEmbedMultimodalCodec.encode({ text: "fox", normalize: true }, modelId)).toMatchObject({ ok: false, failure: { field: "normalize" } });
    expect(titanEmbedMultimodalCodec.encode({ text: "fox", inputType: "SEARCH_QUERY" }, modelId)).toMatchObject({
      ok: false,
      failure: { field: "inputType" },
    });
  });

  it("reads the vector and token count", () => {
    const embedding = titanEmbedMultimodalCodec.decode(readFixture("amazon-titan-embed-multimodal-response.json"));
    expect(embedding.ok && embedding.value.vector).toHaveLength(8);
    expect(embedding.ok && embedding.value.usage).toEqual({ inputTokens: 5, outputTokens: null });
  });
});
