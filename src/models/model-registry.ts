import { fail, ok, type Result } from "../lib/result";
import { ai21JambaCodec } from "./ai21-jamba/ai21-jamba.codec";
import { anthropicClaudeCodec } from "./anthropic-claude/anthropic-claude.codec";
import { type CodecProblem, type ModelCodec } from "./codec.types";
import { cohereCommandRCodec } from "./cohere-command-r/cohere-command-r.codec";
import { cohereEmbedV3Codec } from "./cohere-embed/cohere-embed-v3.codec";
import { cohereEmbedV4Codec } from "./cohere-embed/cohere-embed-v4.codec";
import { deepseekCodec } from "./deepseek/deepseek.codec";
import { type Modality } from "./invocation.types";
import { metaLlamaCodec } from "./meta-llama/meta-llama.codec";
import { mistralCodec } from "./mistral/mistral.codec";
import { parseModelId, type ModelId } from "./model-id";
import { novaCanvasCodec } from "./nova-canvas/nova-canvas.codec";
import { novaTextCodec } from "./nova-text/nova-text.codec";
import { openAiGptOssCodec } from "./openai-gpt-oss/openai-gpt-oss.codec";
import { qwenCodec } from "./qwen/qwen.codec";
import { writerPalmyraCodec } from "./writer-palmyra/writer-palmyra.codec";
import { stabilityCodec } from "./stability/stability.codec";
import { titanEmbedMultimodalCodec } from "./titan-embed-multimodal/titan-embed-multimodal.codec";
import { titanEmbedTextV1Codec } from "./titan-embed-text/titan-embed-text-v1.codec";
import { titanEmbedTextV2Codec } from "./titan-embed-text/titan-embed-text-v2.codec";
import { titanImageCodec } from "./titan-image/titan-image.codec";
import { titanTextCodec } from "./titan-text/titan-text.codec";

/**
 * Which codec speaks for which foundation models, by base model id prefix. The longest
 * matching prefix wins, so `amazon.nova-canvas-` is never taken for a Nova text model and
 * `amazon.titan-embed-image-` never for Titan Text. Prefixes are narrow on purpose: a model the
 * table does not name (Nova Sonic, Nova Multimodal Embeddings, Llama 2) resolves
 * to no codec and still works with a raw body.
 */
const FAMILIES: Array<{ codec: ModelCodec; prefixes: string[] }> = [
  { codec: anthropicClaudeCodec, prefixes: ["anthropic.claude-"] },
  { codec: titanTextCodec, prefixes: ["amazon.titan-text-"] },
  { codec: novaTextCodec, prefixes: ["amazon.nova-micro-", "amazon.nova-lite-", "amazon.nova-pro-", "amazon.nova-premier-", "amazon.nova-2-lite-"] },
  { codec: cohereCommandRCodec, prefixes: ["cohere.command-r"] },
  { codec: metaLlamaCodec, prefixes: ["meta.llama3", "meta.llama4"] },
  { codec: mistralCodec, prefixes: ["mistral."] },
  { codec: ai21JambaCodec, prefixes: ["ai21.jamba"] },
  { codec: deepseekCodec, prefixes: ["deepseek.r1"] },
  { codec: openAiGptOssCodec, prefixes: ["openai.gpt-oss-"] },
  { codec: qwenCodec, prefixes: ["qwen.qwen3-"] },
  { codec: writerPalmyraCodec, prefixes: ["writer.palmyra-x4", "writer.palmyra-x5"] },
  { codec: titanEmbedTextV1Codec, prefixes: ["amazon.titan-embed-text-v1"] },
  { codec: titanEmbedTextV2Codec, prefixes: ["amazon.titan-embed-text-v2"] },
  { codec: titanEmbedMultimodalCodec, prefixes: ["amazon.titan-embed-image-v1"] },
  { codec: cohereEmbedV3Codec, prefixes: ["cohere.embed-english-v3", "cohere.embed-multilingual-v3"] },
  { codec: cohereEmbedV4Codec, prefixes: ["cohere.embed-v4"] },
  { codec: titanImageCodec, prefixes: ["amazon.titan-image-generator-"] },
  { codec: novaCanvasCodec, prefixes: ["amazon.nova-canvas-"] },
  { codec: stabilityCodec, prefixes: ["stability.sd3-", "stability.stable-image-core-", "stability.stable-image-ultra-"] },
];

/** A model id read and matched to its codec; `codec` is null for a valid id of a family the gateway does not speak. */
export interface ResolvedModel {
  id: ModelId;
  codec: ModelCodec | null;
}

/** What the registry says about one family, for catalogs and messages. */
export interface ModelFamilySummary {
  family: string;
  displayName: string;
  modality: Modality;
  /** Base model id prefixes the family answers to; profile ids and ARNs of these models match too. */
  modelIdPrefixes: string[];
}

function codecFor(baseModelId: string): ModelCodec | null {
  let best: { codec: ModelCodec; length: number } | null = null;
  for (const { codec, prefixes } of FAMILIES) {
    for (const prefix of prefixes) {
      if (baseModelId.startsWith(prefix) && (best === null || prefix.length > best.length)) best = { codec, length: prefix.length };
    }
  }
  return best?.codec ?? null;
}

/** Reads any form of model id and finds the codec for its base model. */
export function resolveModel(modelId: string): Result<ResolvedModel, CodecProblem> {
  const id = parseModelId(modelId);
  if (!id.ok) return fail(id.failure);
  const codec = id.value.baseModelId === null ? null : codecFor(id.value.baseModelId);
  return ok({ id: id.value, codec });
}

/** Every family with normalized input, in table order. */
export function listModelFamilies(): ModelFamilySummary[] {
  return FAMILIES.map(({ codec, prefixes }) => ({
    family: codec.family,
    displayName: codec.displayName,
    modality: codec.modality,
    modelIdPrefixes: [...prefixes],
  }));
}

/**
 * The id prefixes of the families from the same provider as `modelId` (the part before its
 * first dot, after any profile prefix), e.g. `anthropic.claude-*` for `anthropic.claude-x`: what
 * the caller may have meant. Empty when no family shares the provider.
 */
export function familiesLike(modelId: string): string[] {
  const id = parseModelId(modelId);
  const base = id.ok ? (id.value.baseModelId ?? modelId) : modelId;
  const provider = base.split(".")[0];
  return FAMILIES.flatMap(({ prefixes }) => prefixes.filter((prefix) => prefix.split(".")[0] === provider).map((prefix) => `${prefix}*`));
}
