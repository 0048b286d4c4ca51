import { ai21JambaEngine } from "./ai21-jamba.engine";
import { amazonImageEngine } from "./amazon-image.engine";
import { amazonNovaTextEngine } from "./amazon-nova-text.engine";
import { anthropicClaudeEngine } from "./anthropic-claude.engine";
import { cohereCommandEngine } from "./cohere-command.engine";
import { cohereEmbedEngine } from "./cohere-embed.engine";
import { deepSeekR1Engine } from "./deepseek-r1.engine";
import { metaLlamaEngine } from "./meta-llama.engine";
import { mistralEngine } from "./mistral.engine";
import { type ModelEngine } from "./model-engine.types";
import { stabilityEngine } from "./stability.engine";
import { titanMultimodalEmbeddingsEngine } from "./titan-multimodal-embeddings.engine";
import { titanTextEmbeddingsEngine } from "./titan-text-embeddings.engine";
import { titanTextEngine } from "./titan-text.engine";

/**
 * Base-model-id prefixes the emulator answers, each with its family's engine. Prefixes are
 * precise enough that sibling models it does not emulate (Nova Reel and Sonic, Titan Embeddings
 * versions not listed, DeepSeek V3) stay unknown rather than get a wrong body shape.
 */
const ENGINES_BY_PREFIX: ReadonlyArray<readonly [prefix: string, engine: ModelEngine]> = [
  ["anthropic.claude-", anthropicClaudeEngine],
  ["amazon.titan-text-", titanTextEngine],
  ["amazon.titan-embed-text-v1", titanTextEmbeddingsEngine],
  ["amazon.titan-embed-text-v2", titanTextEmbeddingsEngine],
  ["amazon.titan-embed-image-v1", titanMultimodalEmbeddingsEngine],
  ["amazon.titan-image-generator-v1", amazonImageEngine],
  ["amazon.titan-image-generator-v2", amazonImageEngine],
  ["amazon.nova-canvas-", amazonImageEngine],
  ["amazon.nova-micro-", amazonNovaTextEngine],
  ["amazon.nova-lite-", amazonNovaTextEngine],
  ["amazon.nova-pro-", amazonNovaTextEngine],
  ["amazon.nova-premier-", amazonNovaTextEngine],
  ["amazon.nova-2-lite-", amazonNovaTextEngine],
  ["cohere.command-r", cohereCommandEngine],
  ["cohere.embed-english-v3", cohereEmbedEngine],
  ["cohere.embed-multilingual-v3", cohereEmbedEngine],
  ["cohere.embed-v4", cohereEmbedEngine],
  ["meta.llama", metaLlamaEngine],
  ["mistral.", mistralEngine],
  ["ai21.jamba-", ai21JambaEngine],
  ["stability.sd3-", stabilityEngine],
  ["stability.stable-image-core-", stabilityEngine],
  ["stability.stable-image-ultra-", stabilityEngine],
  ["deepseek.r1-", deepSeekR1Engine],
];

export function findEngine(baseModelId: string): ModelEngine | undefined {
  return ENGINES_BY_PREFIX.find(([prefix]) => baseModelId.startsWith(prefix))?.[1];
}
