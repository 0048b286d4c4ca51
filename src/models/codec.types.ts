import { type Result } from "../lib/result";
import { type ReasoningTags } from "./content/tagged-reasoning";
import { type FamilyCapabilities } from "./family-capabilities";
import {
  type EmbeddingRequest,
  type Embedding,
  type FinishReason,
  type ImageGeneration,
  type ImageRequest,
  type TextGeneration,
  type TextRequest,
} from "./invocation.types";

/**
 * Why a codec could not build or read a body. `field` names the offending normalized input
 * field (relative to the text/embedding/image input, e.g. `topK`), or is absent when the
 * problem is the provider's response body.
 */
export interface CodecProblem {
  field?: string;
  message: string;
}

interface CodecBase {
  /** Stable family name, e.g. `anthropic-claude`; shown to users in error messages. */
  family: string;
  /** Human name for messages and docs, e.g. `Anthropic Claude (Messages API)`. */
  displayName: string;
}

/**
 * What one streaming chunk (InvokeModelWithResponseStream `chunk.bytes`, parsed as JSON)
 * contributes: text, possibly empty, and whatever the family reports in that chunk about why
 * it stopped and how many tokens were used.
 */
export interface TextChunk {
  text: string;
  stopReason?: string;
  inputTokens?: number;
  outputTokens?: number;
  /**
   * Pieces of tool calls. `key` tells the calls of one stream apart (the family's block or call
   * index); `id` and `name` come with a call's first piece, `inputJson` is the next piece of its
   * input's JSON text.
   */
  toolCalls?: ToolCallPiece[];
  /** A piece of reasoning text, or the signature that closes it. */
  reasoning?: { text: string; signature?: string; redactedData?: string };
}

export interface ToolCallPiece {
  key: number;
  id?: string;
  name?: string;
  inputJson: string;
}

/**
 * `modelId` passed to encode is the base foundation-model id (profile prefix and ARN removed),
 * so a codec may vary its body by model version, e.g. Titan Image v1 vs v2.
 */
export interface TextCodec extends CodecBase {
  modality: "TEXT";
  /** What the family's body can carry beyond plain text turns; the catalog narrows it per model. */
  capabilities: FamilyCapabilities;
  /** The family's stop reasons in the gateway's words; a reason not listed is OTHER. */
  finishReasons: Readonly<Record<string, FinishReason>>;
  /** Set when the family writes its reasoning into the text between tags; the stream reader splits it out. */
  reasoningTags?: ReasoningTags;
  encode(request: TextRequest, modelId: string): Result<unknown, CodecProblem>;
  decode(body: unknown): Result<TextGeneration, CodecProblem>;
  /** Reads one streaming chunk of this family; unknown chunk types give empty text, not a problem. */
  decodeChunk(chunk: unknown): Result<TextChunk, CodecProblem>;
}

/** An embedding request's options: everything but its text. */
export type EmbeddingOptions = Omit<EmbeddingRequest, "text">;

/**
 * A family whose one call embeds many texts (Cohere Embed: up to 96). The service merges
 * single-text invocations with the same options into calls of this kind; families without it
 * take one text per call.
 */
export interface EmbeddingBatching {
  /** Most texts one call may carry. */
  maxInputsPerCall: number;
  /** One body embedding every text, with the options they share; `modelId` is the base model id. */
  encodeBatch(texts: string[], options: EmbeddingOptions, modelId: string): Result<unknown, CodecProblem>;
  /** One vector per text, in the order the texts were sent. */
  decodeBatch(body: unknown): Result<number[][], CodecProblem>;
}

export interface EmbeddingCodec extends CodecBase {
  modality: "EMBEDDING";
  encode(request: EmbeddingRequest, modelId: string): Result<unknown, CodecProblem>;
  decode(body: unknown): Result<Embedding, CodecProblem>;
  /** Present when one call may embed many texts. */
  batching?: EmbeddingBatching;
}

export interface ImageCodec extends CodecBase {
  modality: "IMAGE";
  encode(request: ImageRequest, modelId: string): Result<unknown, CodecProblem>;
  decode(body: unknown): Result<ImageGeneration, CodecProblem>;
}

export type ModelCodec = TextCodec | EmbeddingCodec | ImageCodec;
