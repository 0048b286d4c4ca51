/**
 * The provider-neutral shapes a codec translates from and to. These are the gateway's own
 * words for a request and an answer; each family's codec maps them to and from its wire body.
 */

export type ChatRole = "user" | "assistant";

export type ImageFormat = "png" | "jpeg" | "gif" | "webp";
export type DocumentFormat = "pdf" | "csv" | "doc" | "docx" | "xls" | "xlsx" | "html" | "txt" | "md";
export type VideoFormat = "mp4" | "mov" | "mkv" | "webm" | "flv" | "mpeg" | "mpg" | "wmv" | "three_gp";

/** Where media bytes come from: inline base64, or an S3 object for families that read S3 themselves. */
export type MediaSource = { base64: string } | { s3Uri: string; bucketOwner?: string };

/** What the model gave a tool call back; the `content` is text or any JSON value. */
export type ToolResultContent = { text: string } | { json: unknown };

/**
 * One block of a turn. Text in any turn; images, documents, video and tool results in user
 * turns; tool calls and reasoning in assistant turns (replaying what the model said). A cache
 * point marks the end of a prompt prefix the family may cache.
 */
export type ContentBlock =
  | { kind: "text"; text: string }
  | { kind: "image"; format: ImageFormat; source: MediaSource }
  | { kind: "document"; format: DocumentFormat; name: string; source: MediaSource }
  | { kind: "video"; format: VideoFormat; source: MediaSource }
  | { kind: "toolUse"; id: string; name: string; input: unknown }
  | { kind: "toolResult"; toolUseId: string; content: ToolResultContent[]; isError: boolean }
  | { kind: "reasoning"; text: string; signature?: string; redactedData?: string }
  | { kind: "cachePoint" };

export type ContentBlockKind = ContentBlock["kind"];

export interface ChatMessage {
  role: ChatRole;
  /** A plain-text turn. */
  content?: string;
  /** A turn of blocks; exactly one of `content` and `blocks` is set. */
  blocks?: ContentBlock[];
}

export interface ToolSpec {
  name: string;
  description?: string;
  /** A JSON Schema for the tool's input object. */
  inputSchema: Record<string, unknown>;
}

/** Whether the model may, must, or must not call a tool, or must call this one. */
export type ToolChoice = { mode: "auto" } | { mode: "any" } | { mode: "none" } | { mode: "tool"; name: string };

/** JSON output the caller wants, with the JSON Schema it must match. */
export interface ResponseFormat {
  name: string;
  description?: string;
  jsonSchema: Record<string, unknown>;
}

export type ReasoningEffort = "low" | "medium" | "high";

/** Reasoning before the answer: a token budget or an effort, as the family takes it. */
export type ReasoningRequest = { budgetTokens: number } | { effort: ReasoningEffort };

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
  tools?: ToolSpec[];
  toolChoice?: ToolChoice;
  responseFormat?: ResponseFormat;
  reasoning?: ReasoningRequest;
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

/** Why generation stopped, the same words for every family. */
export type FinishReason = "END_TURN" | "MAX_TOKENS" | "STOP_SEQUENCE" | "TOOL_USE" | "CONTENT_FILTERED" | "GUARDRAIL_INTERVENED" | "OTHER";

/** Where a value breaks its JSON Schema: a JSON Pointer into the value ("" for the whole) and what is wrong there. */
export interface SchemaViolation {
  path: string;
  message: string;
}

/** A tool the model asked the caller to run; `input` is what the model wrote, parsed (a string when it was not JSON). */
export interface ToolCall {
  id: string;
  name: string;
  input: unknown;
  /** How the input breaks the tool's input schema; set by the service's output check, empty when it matches. */
  inputViolations?: SchemaViolation[];
}

/** What the model thought before answering, with what the family needs to receive it back in the next turn. */
export interface Reasoning {
  text: string;
  signature: string | null;
  /** Reasoning the provider encrypted (Claude's redacted_thinking), to be sent back as is. */
  redactedData: string[];
}

export interface TextGeneration {
  modality: "TEXT";
  text: string;
  /** The family's own stop reason, e.g. `end_turn`, `FINISH`, `length`. */
  stopReason: string | null;
  finishReason: FinishReason;
  toolCalls: ToolCall[];
  reasoning: Reasoning | null;
  usage: TokenUsage;
  /** With a responseFormat: the answer's JSON when it parsed and matched the schema, else null (set by the service). */
  json?: unknown;
  /** With a responseFormat: how the answer breaks the schema; empty when it matches. */
  jsonViolations?: SchemaViolation[];
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
