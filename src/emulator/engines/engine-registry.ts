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
import { openAiGptOssEngine } from "./openai-gpt-oss.engine";
import { qwenEngine } from "./qwen.engine";
import { writerPalmyraEngine } from "./writer-palmyra.engine";
import { stabilityEngine } from "./stability.engine";
import { titanMultimodalEmbeddingsEngine } from "./titan-multimodal-embeddings.engine";
import { titanTextEmbeddingsEngine } from "./titan-text-embeddings.engine";
import { titanTextEngine } from "./titan-text.engine";

/** What a model family produces; Bedrock streams and converses only with text models. */
export type ModelOutput = "text" | "embedding" | "image";

export interface ModelFamily {
  engine: ModelEngine;
  output: ModelOutput;
}

/**
 * Base-model-id prefixes the emulator answers, each with its family's engine and output. Prefixes
 * are precise enough that sibling models it does not emulate (Nova Reel and Sonic, Titan
 * Embeddings versions not listed, DeepSeek V3) stay unknown rather than get a wrong body shape.
 */
const FAMILIES_BY_PREFIX: ReadonlyArray<readonly [prefix: string, engine: ModelEngine, output: ModelOutput]> = [
  ["anthropic.claude-", anthropicClaudeEngine, "text"],
  ["amazon.titan-text-", titanTextEngine, "text"],
  ["amazon.titan-embed-text-v1", titanTextEmbeddingsEngine, "embedding"],
  ["amazon.titan-embed-text-v2", titanTextEmbeddingsEngine, "embedding"],
  ["amazon.titan-embed-image-v1", titanMultimodalEmbeddingsEngine, "embedding"],
  ["amazon.titan-image-generator-v1", amazonImageEngine, "image"],
  ["amazon.titan-image-generator-v2", amazonImageEngine, "image"],
  ["amazon.nova-canvas-", amazonImageEngine, "image"],
  ["amazon.nova-micro-", amazonNovaTextEngine, "text"],
  ["amazon.nova-lite-", amazonNovaTextEngine, "text"],
  ["amazon.nova-pro-", amazonNovaTextEngine, "text"],
  ["amazon.nova-premier-", amazonNovaTextEngine, "text"],
  ["amazon.nova-2-lite-", amazonNovaTextEngine, "text"],
  ["cohere.command-r", cohereCommandEngine, "text"],
  ["cohere.embed-english-v3", cohereEmbedEngine, "embedding"],
  ["cohere.embed-multilingual-v3", cohereEmbedEngine, "embedding"],
  ["cohere.embed-v4", cohereEmbedEngine, "embedding"],
  ["meta.llama", metaLlamaEngine, "text"],
  ["mistral.", mistralEngine, "text"],
  ["ai21.jamba-", ai21JambaEngine, "text"],
  ["stability.sd3-", stabilityEngine, "image"],
  ["stability.stable-image-core-", stabilityEngine, "image"],
  ["stability.stable-image-ultra-", stabilityEngine, "image"],
  ["deepseek.r1-", deepSeekR1Engine, "text"],
  ["openai.gpt-oss-", openAiGptOssEngine, "text"],
  ["qwen.qwen3-", qwenEngine, "text"],
  ["writer.palmyra-x4", writerPalmyraEngine, "text"],
  ["writer.palmyra-x5", writerPalmyraEngine, "text"],
];

export function findModelFamily(baseModelId: string): ModelFamily | undefined {
  const found = FAMILIES_BY_PREFIX.find(([prefix]) => baseModelId.startsWith(prefix));
  return found === undefined ? undefined : { engine: found[1], output: found[2] };
}
