import { type CatalogModel } from "../service/model-catalog";
import { FoundationModel } from "./results/foundation-model.type";
import { MediaCapability, ModelCapabilities } from "./results/model-capabilities.type";
import { ModelPricing } from "./results/model-pricing.type";

/** A catalog model as GraphQL shows it: absent lists become empty, absent figures null. */
export function toFoundationModel(model: CatalogModel): FoundationModel {
  const { pricing, capabilities } = model;
  return Object.assign(new FoundationModel(), {
    modelId: model.modelId,
    displayName: model.displayName,
    provider: model.provider,
    family: model.family,
    outputModality: model.outputModality,
    inputModalities: model.inputModalities,
    streaming: model.streaming,
    contextWindowTokens: model.contextWindowTokens ?? null,
    maxOutputTokens: model.maxOutputTokens ?? null,
    embeddingDimensions: model.embeddingDimensions ?? [],
    imageSizes: model.imageSizes ?? [],
    imageAspectRatios: model.imageAspectRatios ?? [],
    imageSizeRule: model.imageSizeRule ?? null,
    inferenceProfileRequired: model.inferenceProfileRequired,
    inferenceProfileIds: model.inferenceProfileIds,
    capabilities:
      capabilities === null
        ? null
        : Object.assign(new ModelCapabilities(), {
            tools: capabilities.tools,
            structuredOutput: capabilities.structuredOutput,
            reasoning: capabilities.reasoning,
            promptCaching: capabilities.cachePoints,
            media: capabilities.media.map((media) => Object.assign(new MediaCapability(), { ...media, formats: [...media.formats] })),
            maxMediaBytes: capabilities.maxMediaBytes,
          }),
    pricing: Object.assign(new ModelPricing(), {
      inputPer1kTokensUsd: pricing.inputPer1kTokensUsd ?? null,
      outputPer1kTokensUsd: pricing.outputPer1kTokensUsd ?? null,
      cacheReadPer1kTokensUsd: pricing.cacheReadPer1kTokensUsd ?? null,
      cacheWritePer1kTokensUsd: pricing.cacheWritePer1kTokensUsd ?? null,
      perImageUsd: pricing.perImageUsd ?? null,
      perInputImageUsd: pricing.perInputImageUsd ?? null,
    }),
  });
}
