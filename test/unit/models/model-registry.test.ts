import { readdirSync } from "node:fs";
import { familiesLike, listModelFamilies, resolveModel } from "../../../src/models/model-registry";
import { FIXTURES_DIRECTORY } from "./read-fixture";

const familyOf = (modelId: string) => {
  const resolved = resolveModel(modelId);
  if (!resolved.ok) throw new Error(`${modelId} did not resolve: ${resolved.failure.message}`);
  return resolved.value.codec?.family ?? null;
};

describe("resolveModel", () => {
  it.each([
    ["amazon.titan-embed-text-v1", "amazon-titan-embed-text-v1"],
    ["amazon.titan-embed-text-v2:0", "amazon-titan-embed-text-v2"],
    ["amazon.titan-embed-image-v1", "amazon-titan-embed-multimodal"],
    ["cohere.embed-english-v3", "cohere-embed-v3"],
    ["cohere.embed-multilingual-v3", "cohere-embed-v3"],
    ["cohere.embed-v4:0", "cohere-embed-v4"],
    ["amazon.titan-image-generator-v1", "amazon-titan-image"],
    ["amazon.titan-image-generator-v2:0", "amazon-titan-image"],
    ["amazon.nova-canvas-v1:0", "amazon-nova-canvas"],
    ["stability.sd3-large-v1:0", "stability"],
    ["stability.sd3-5-large-v1:0", "stability"],
    ["stability.stable-image-core-v1:0", "stability"],
    ["stability.stable-image-core-v1:1", "stability"],
    ["stability.stable-image-ultra-v1:0", "stability"],
    ["stability.stable-image-ultra-v1:1", "stability"],
  ])("finds the codec for %s", (modelId, family) => {
    expect(familyOf(modelId)).toBe(family);
  });

  it("tells Nova Canvas from Nova text models, and Titan embeddings from Titan text", () => {
    const canvas = familyOf("amazon.nova-canvas-v1:0");
    const lite = familyOf("amazon.nova-lite-v1:0");
    expect(lite).not.toBeNull();
    expect(lite).not.toBe(canvas);
    for (const text of ["amazon.nova-micro-v1:0", "amazon.nova-pro-v1:0", "amazon.nova-premier-v1:0", "amazon.nova-2-lite-v1:0"]) {
      expect(familyOf(text)).toBe(lite);
    }
    const titanText = familyOf("amazon.titan-text-express-v1");
    expect(titanText).not.toBeNull();
    expect([titanText, familyOf("amazon.titan-embed-text-v2:0"), familyOf("amazon.titan-embed-image-v1")]).toEqual([
      titanText,
      "amazon-titan-embed-text-v2",
      "amazon-titan-embed-multimodal",
    ]);
  });

  it.each([
    "anthropic.claude-3-haiku-20240307-v1:0",
    "amazon.titan-text-premier-v1:0",
    "cohere.command-r-plus-v1:0",
    "meta.llama3-1-70b-instruct-v1:0",
    "meta.llama4-scout-17b-instruct-v1:0",
    "mistral.mistral-large-2407-v1:0",
    "ai21.jamba-1-5-mini-v1:0",
    "deepseek.r1-v1:0",
  ])("finds a text codec for %s", (modelId) => {
    const resolved = resolveModel(modelId);
    expect(resolved.ok && resolved.value.codec?.modality).toBe("TEXT");
  });

  it.each([
    ["a cross-Region profile", "us.amazon.nova-canvas-v1:0"],
    ["a global profile", "global.amazon.titan-embed-text-v2:0"],
    ["an EU profile", "eu.cohere.embed-v4:0"],
    ["an APAC profile", "apac.stability.sd3-5-large-v1:0"],
    ["a foundation model ARN", "arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-canvas-v1:0"],
    ["an inference profile ARN", "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.cohere.embed-v4:0"],
  ])("resolves %s to its base model's codec", (_, modelId) => {
    const resolved = resolveModel(modelId);
    expect(resolved.ok && resolved.value.codec).not.toBeNull();
    expect(resolved.ok && resolved.value.codec?.family).toBe(familyOf(resolved.ok ? (resolved.value.id.baseModelId ?? "") : ""));
  });

  it("allows valid ids of unknown families, or with no known base model, with no codec", () => {
    for (const modelId of [
      "acme.mystery-model-v1:0",
      "amazon.nova-sonic-v1:0",
      "amazon.nova-2-multimodal-embeddings-v1:0",
      "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef123456",
      "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
    ]) {
      expect(resolveModel(modelId)).toMatchObject({ ok: true, value: { codec: null } });
    }
  });

  it("rejects invalid ids on modelId", () => {
    expect(resolveModel("anthropic claude")).toMatchObject({ ok: false, failure: { field: "modelId" } });
    expect(resolveModel("")).toMatchObject({ ok: false, failure: { field: "modelId" } });
  });
});

describe("the family list", () => {
  it("suggests the families of the same provider as an unknown id, in any id form", () => {
    expect(familiesLike("anthropic.claude-unknown-v9:0")).toContain("anthropic.claude-*");
    expect(familiesLike("us.cohere.embed-future-v9:0")).toEqual(
      expect.arrayContaining(["cohere.embed-english-v3*", "cohere.embed-multilingual-v3*"]),
    );
    expect(familiesLike("acme.mystery-model-v1:0")).toEqual([]);
  });

  it("lists each family once", () => {
    const families = listModelFamilies().map(({ family }) => family);
    expect(new Set(families).size).toBe(families.length);
  });

  it("has at least one fixture, test/fixtures/<family>-*.json, for every family", () => {
    const fixtures = readdirSync(FIXTURES_DIRECTORY);
    const withoutFixtures = listModelFamilies()
      .map(({ family }) => family)
      .filter((family) => !fixtures.some((name) => name.startsWith(`${family}-`) && name.endsWith(".json")));
    expect(withoutFixtures).toEqual([]);
  });
});
