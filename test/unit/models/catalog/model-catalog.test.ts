import { parseModelCatalog } from "../../../../src/models/catalog/model-catalog.schema";
import { resolveModel } from "../../../../src/models/model-registry";
import { loadModelCatalog } from "../../../../src/service/load-model-catalog";

const catalog = loadModelCatalog(null);

function codecOf(modelId: string) {
  const resolved = resolveModel(modelId);
  if (!resolved.ok || resolved.value.codec === null) throw new Error(`${modelId} has no codec`);
  return resolved.value.codec;
}

// The catalog shows callers the values the codecs enforce; these tests keep the two lists in step.
describe("the built-in model catalog", () => {
  it("names only models the registry has a codec for, with the codec's modality", () => {
    for (const entry of catalog) expect([entry.modelId, codecOf(entry.modelId).modality]).toEqual([entry.modelId, entry.outputModality]);
  });

  it.each(catalog.filter((entry) => entry.embeddingDimensions).map((entry) => [entry.modelId, entry.embeddingDimensions!] as const))(
    "lists exactly the dimensions %s's codec accepts",
    (modelId, dimensions) => {
      const codec = codecOf(modelId);
      for (const candidate of [256, 300, 384, 512, 768, 1024, 1536, 3072]) {
        const encoded = codec.modality === "EMBEDDING" && codec.encode({ text: "hi", dimensions: candidate }, modelId);
        expect([candidate, encoded && encoded.ok]).toEqual([candidate, dimensions.includes(candidate)]);
      }
    },
  );

  it.each(catalog.filter((entry) => entry.imageSizes).map((entry) => [entry.modelId, entry.imageSizes!] as const))(
    "lists sizes %s's codec accepts",
    (modelId, sizes) => {
      const codec = codecOf(modelId);
      for (const size of [...sizes, "1000x1000"]) {
        const [width, height] = size.split("x").map(Number);
        const encoded = codec.modality === "IMAGE" && codec.encode({ prompt: "a fox", width, height }, modelId);
        expect([size, encoded && encoded.ok]).toEqual([size, sizes.includes(size)]);
      }
    },
  );

  it("keeps maxOutputTokens within each text codec's own range", () => {
    for (const entry of catalog.filter((candidate) => candidate.maxOutputTokens !== undefined && candidate.outputModality === "TEXT")) {
      const codec = codecOf(entry.modelId);
      const encoded = codec.modality === "TEXT" && codec.encode({ prompt: "hi", maxTokens: entry.maxOutputTokens }, entry.modelId);
      expect([entry.modelId, encoded && encoded.ok]).toEqual([entry.modelId, true]);
    }
  });

  it("refuses a malformed operator file, naming the path of each problem", () => {
    const parsed = parseModelCatalog({ models: [{ modelId: "Not An Id", pricing: { inputPer1kTokensUsd: -1 } }] }, "operator.json");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.failure).toMatch(/operator\.json.*models\.0\.modelId.*models\.0\.pricing\.inputPer1kTokensUsd/);
  });
});
