import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const MODELS = /* GraphQL */ `
  query ($filter: ModelFilter) {
    models(filter: $filter) {
      modelId
      provider
      family
      outputModality
      streaming
    }
  }
`;

const MODEL = /* GraphQL */ `
  query ($id: String!) {
    model(id: $id) {
      modelId
      displayName
      provider
      family
      outputModality
      inputModalities
      streaming
      contextWindowTokens
      maxOutputTokens
      embeddingDimensions
      imageSizes
      imageAspectRatios
      imageSizeRule
      inferenceProfileRequired
      inferenceProfileIds
      pricing {
        inputPer1kTokensUsd
        outputPer1kTokensUsd
        cacheReadPer1kTokensUsd
        cacheWritePer1kTokensUsd
        perImageUsd
        perInputImageUsd
      }
    }
  }
`;

describe("the model catalog query", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness();
  });
  afterAll(() => harness.close());

  it("lists a model of every family the gateway speaks, each with its family", async () => {
    const { data } = await harness.graphql(MODELS);
    const { data: families } = await harness.graphql(`{ modelFamilies { family } }`);
    const listed = new Set(data!.models.map((model: { family: string }) => model.family));
    expect([...listed].sort()).toEqual(families!.modelFamilies.map((family: { family: string }) => family.family).sort());
  });

  it("filters by modality, provider and streaming together", async () => {
    const { data } = await harness.graphql(MODELS, { filter: { modality: "TEXT", provider: "meta", streaming: false } });
    expect(data!.models).toEqual([
      { modelId: "meta.llama4-scout-17b-instruct-v1:0", provider: "Meta", family: "meta-llama", outputModality: "TEXT", streaming: false },
    ]);
    const embeddings = await harness.graphql(MODELS, { filter: { modality: "EMBEDDING" } });
    expect(embeddings.data!.models.length).toBeGreaterThan(3);
    expect(
      embeddings.data!.models.every(
        (model: { outputModality: string; streaming: boolean }) => model.outputModality === "EMBEDDING" && !model.streaming,
      ),
    ).toBe(true);
  });

  it("answers model(id:) for a profile id with the base model's facts and profile ids", async () => {
    const { data } = await harness.graphql(MODEL, { id: "us.deepseek.r1-v1:0" });
    expect(data!.model).toMatchObject({
      modelId: "deepseek.r1-v1:0",
      provider: "DeepSeek",
      family: "deepseek",
      outputModality: "TEXT",
      maxOutputTokens: 32768,
      inferenceProfileRequired: true,
      inferenceProfileIds: ["us.deepseek.r1-v1:0"],
      pricing: { inputPer1kTokensUsd: 0.00135, outputPer1kTokensUsd: 0.0054, perImageUsd: null },
    });
  });

  it("shows embedding dimensions and image sizes, and null for a model it does not list", async () => {
    const titan = await harness.graphql(MODEL, { id: "amazon.titan-embed-text-v2:0" });
    expect(titan.data!.model.embeddingDimensions).toEqual([1024, 512, 256]);
    const stability = await harness.graphql(MODEL, { id: "stability.sd3-5-large-v1:0" });
    expect(stability.data!.model).toMatchObject({
      outputModality: "IMAGE",
      imageAspectRatios: expect.arrayContaining(["16:9"]),
      pricing: { perImageUsd: 0.08 },
    });
    const unknown = await harness.graphql(MODEL, { id: "acme.mystery-model-v1:0" });
    expect(unknown.data!.model).toBeNull();
  });
});

describe("an operator catalog file", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "catalog-")), "catalog.json");
    const haiku = {
      modelId: "anthropic.claude-3-haiku-20240307-v1:0",
      displayName: "Claude 3 Haiku (negotiated price)",
      provider: "Anthropic",
      outputModality: "TEXT",
      inputModalities: ["TEXT"],
      streaming: true,
      maxOutputTokens: 4096,
      inferenceProfileRequired: false,
      inferenceProfileIds: [],
      pricing: { inputPer1kTokensUsd: 0.0002, outputPer1kTokensUsd: 0.001 },
    };
    writeFileSync(file, JSON.stringify({ models: [haiku] }));
    harness = await startGatewayHarness({}, { modelCatalogFile: file });
  });
  afterAll(() => harness.close());

  it("replaces the built-in entry with the same model id and keeps the rest", async () => {
    const { data } = await harness.graphql(MODEL, { id: "anthropic.claude-3-haiku-20240307-v1:0" });
    expect(data!.model).toMatchObject({ displayName: "Claude 3 Haiku (negotiated price)", pricing: { inputPer1kTokensUsd: 0.0002 } });
    const deepseek = await harness.graphql(MODEL, { id: "deepseek.r1-v1:0" });
    expect(deepseek.data!.model.displayName).toBe("DeepSeek-R1");
  });
});
