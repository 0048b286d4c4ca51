/**
 * The provider-neutral shapes a codec translates from and to. These are the gateway's own
 * words for a request and an answer; each family's codec maps them to and from its wire body.
 */

export type ChatRole = "user" | "assistant";

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** A text generation request. Exactly one of `prompt` or `messages` is set (checked before a codec sees it). */
export interface TextRequest {
  prompt?: string;
  messages?: ChatMessage[];
  system?: string;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  stopSequences?: string[];
}

/** What the embedding is for; families that distinguish document and query embeddings use it. */
export type EmbeddingPurpose = "SEARCH_DOCUMENT" | "SEARCH_QUERY" | "CLASSIFICATION" | "CLUSTERING";

export interface EmbeddingRequest {
  text: string;
  dimensions?: number;
  normalize?: boolean;
  inputType?: EmbeddingPurpose;
}

export interface ImageRequest {
  prompt: string;
  negativePrompt?: string;
  width?: number;
  height?: number;
  numberOfImages?: number;
  seed?: number;
  cfgScale?: number;
}

/** Token counts as reported by the model; null where the family does not report one. */
export interface TokenUsage {
  inputTokens: number | null;
  outputTokens: number | null;
  /** Prompt-cache tokens read and written, where Bedrock reports them; absent or null otherwise. */
  cacheReadTokens?: number | null;
  cacheWriteTokens?: number | null;
}

export interface TextGeneration {
  modality: "TEXT";
  text: string;
  /** The family's own stop reason, e.g. `end_turn`, `FINISH`, `length`. */
  stopReason: string | null;
  usage: TokenUsage;
}

export interface Embedding {
  modality: "EMBEDDING";
  vector: number[];
  usage: TokenUsage;
}

export interface GeneratedImage {
  base64: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  seed: number | null;
}

export interface ImageGeneration {
  modality: "IMAGE";
  images: GeneratedImage[];
}

export type ModelOutput = TextGeneration | Embedding | ImageGeneration;

export type Modality = ModelOutput["modality"];
