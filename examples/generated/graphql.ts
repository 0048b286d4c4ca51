/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which Bedrock Runtime exception (or gateway decision of the same kind) this error is. */
export type BedrockErrorCode =
  | 'ACCESS_DENIED'
  | 'INTERNAL_SERVER'
  | 'MODEL_ERROR'
  | 'MODEL_NOT_READY'
  | 'MODEL_TIMEOUT'
  | 'RESOURCE_NOT_FOUND'
  | 'SERVICE_QUOTA_EXCEEDED'
  | 'SERVICE_UNAVAILABLE'
  | 'THROTTLING'
  | 'VALIDATION';

/** One turn of a conversation: plain text in content, or blocks (text, images, documents, tool calls and results). Exactly one of the two. */
export type ChatMessageInput = {
  /** A turn of blocks, in order. */
  blocks?: Array<ContentBlockInput> | null | undefined;
  /** A plain-text turn. */
  content?: string | null | undefined;
  role: ChatRole;
};

/** Who wrote a chat message. */
export type ChatRole =
  | 'ASSISTANT'
  | 'USER';

/** One block of a turn: exactly one member. Media and tool results stand in user turns, tool calls and reasoning in assistant turns. */
export type ContentBlockInput =
  {   /** true: the blocks so far are a prompt prefix the family may cache (Claude, Nova). */
  cachePoint: boolean; document?: never; image?: never; reasoning?: never; text?: never; toolResult?: never; toolUse?: never; video?: never; }
  |  { cachePoint?: never;   document: DocumentBlockInput; image?: never; reasoning?: never; text?: never; toolResult?: never; toolUse?: never; video?: never; }
  |  { cachePoint?: never; document?: never;   image: ImageBlockInput; reasoning?: never; text?: never; toolResult?: never; toolUse?: never; video?: never; }
  |  { cachePoint?: never; document?: never; image?: never;   reasoning: ReasoningBlockInput; text?: never; toolResult?: never; toolUse?: never; video?: never; }
  |  { cachePoint?: never; document?: never; image?: never; reasoning?: never;   text: string; toolResult?: never; toolUse?: never; video?: never; }
  |  { cachePoint?: never; document?: never; image?: never; reasoning?: never; text?: never;   toolResult: ToolResultBlockInput; toolUse?: never; video?: never; }
  |  { cachePoint?: never; document?: never; image?: never; reasoning?: never; text?: never; toolResult?: never;   toolUse: ToolUseBlockInput; video?: never; }
  |  { cachePoint?: never; document?: never; image?: never; reasoning?: never; text?: never; toolResult?: never; toolUse?: never;   video: VideoBlockInput; };

/** A document the model reads: PDF for Claude, text formats as Cohere's grounding documents. */
export type DocumentBlockInput = {
  /** The document bytes, standard base64. */
  base64: string;
  format: DocumentFormat;
  /** A name for the document (letters, digits, spaces, hyphens, parentheses, brackets). */
  name: string;
};

/** A document's file format. */
export type DocumentFormat =
  | 'CSV'
  | 'DOC'
  | 'DOCX'
  | 'HTML'
  | 'MD'
  | 'PDF'
  | 'TXT'
  | 'XLS'
  | 'XLSX';

/** A text embedding, normalized across families. */
export type EmbeddingInput = {
  /** Vector length, for models that offer several (Titan v2: 256, 512, 1024). */
  dimensions?: number | null | undefined;
  inputType?: EmbeddingInputType | null | undefined;
  /** Whether to L2-normalize the vector, for models that offer it. */
  normalize?: boolean | null | undefined;
  text: string;
};

/** What an embedding is for; models that embed documents and queries differently (Cohere Embed) use it. */
export type EmbeddingInputType =
  | 'CLASSIFICATION'
  | 'CLUSTERING'
  | 'SEARCH_DOCUMENT'
  | 'SEARCH_QUERY';

/** Who decided the failure. */
export type ErrorSource =
  /** Amazon Bedrock (or the model behind it) answered with this error. */
  | 'BEDROCK'
  /** The gateway decided before or instead of calling Bedrock (bad input, deadline, unreachable endpoint). */
  | 'GATEWAY';

/** Why generation stopped, in the same words for every family (the family's own word is in stopReason). */
export type FinishReason =
  /** The provider's content filter or the model refused. */
  | 'CONTENT_FILTERED'
  /** The model finished its answer. */
  | 'END_TURN'
  /** A Bedrock guardrail intervened. */
  | 'GUARDRAIL_INTERVENED'
  /** The answer reached maxTokens (or the model's limit) and was cut. */
  | 'MAX_TOKENS'
  /** Another reason, or none was reported. */
  | 'OTHER'
  /** The model wrote one of the stop sequences. */
  | 'STOP_SEQUENCE'
  /** The model stopped to have tools called: see toolCalls, then send their results. */
  | 'TOOL_USE';

/** A Bedrock guardrail to apply to the invocation. */
export type GuardrailInput = {
  /** Guardrail id or ARN. */
  identifier: string;
  /** Guardrail version number, or DRAFT. */
  version: string;
};

/** An image: base64 bytes, or an S3 object for families that read S3 themselves. */
export type ImageBlockInput = {
  /** The image bytes, standard base64. Give this or s3Uri. */
  base64?: string | null | undefined;
  /** The bucket owner's account id, when the bucket is another account's. */
  bucketOwner?: string | null | undefined;
  format: ImageFormat;
  /** s3://bucket/key, for families that take S3 sources (Amazon Nova). */
  s3Uri?: string | null | undefined;
};

/** An image's encoding. */
export type ImageFormat =
  | 'GIF'
  | 'JPEG'
  | 'PNG'
  | 'WEBP';

/** Text-to-image generation, normalized across families. */
export type ImageInput = {
  /** How closely to follow the prompt. */
  cfgScale?: number | null | undefined;
  /** Height in pixels; each family allows its own sizes. */
  height?: number | null | undefined;
  /** What the image should not show. */
  negativePrompt?: string | null | undefined;
  /** How many images to generate. */
  numberOfImages?: number | null | undefined;
  prompt: string;
  /** A whole number; the same seed and prompt give the same image. */
  seed?: number | null | undefined;
  /** Width in pixels; each family allows its own sizes. */
  width?: number | null | undefined;
};

/** One model invocation: a model and exactly one of text, embedding, image or body. */
export type InvokeModelInput = {
  /** MIME type wanted for the response body. */
  accept?: string | null | undefined;
  /** A raw provider request body, sent to Bedrock as is. */
  body?: unknown;
  /** MIME type of the request body; application/json by default. */
  contentType?: string | null | undefined;
  embedding?: EmbeddingInput | null | undefined;
  guardrail?: GuardrailInput | null | undefined;
  image?: ImageInput | null | undefined;
  /** Foundation model id (anthropic.claude-3-haiku-20240307-v1:0), cross-region inference profile id (us.anthropic.…), or ARN. */
  modelId: string;
  performanceConfigLatency?: PerformanceLatency | null | undefined;
  serviceTier?: ServiceTier | null | undefined;
  text?: TextInput | null | undefined;
  trace?: TraceMode | null | undefined;
};

/** What a model produces. */
export type Modality =
  | 'EMBEDDING'
  | 'IMAGE'
  | 'TEXT';

/** Narrows the model list; every given member must match. */
export type ModelFilter = {
  /** What the model produces. */
  modality?: Modality | null | undefined;
  /** Provider name, case-insensitive, e.g. anthropic. */
  provider?: string | null | undefined;
  /** Only models that can (true) or cannot (false) stream. */
  streaming?: boolean | null | undefined;
};

/** Bedrock's latency-optimized inference option (X-Amzn-Bedrock-PerformanceConfig-Latency). */
export type PerformanceLatency =
  | 'OPTIMIZED'
  | 'STANDARD';

/** The model's reasoning, sent back unchanged in its assistant turn: Claude needs it, signed, to continue a tool loop while thinking; families that take no reasoning back leave it out. */
export type ReasoningBlockInput = {
  /** One of Reasoning.redactedData, sent back as is. */
  redactedData?: string | null | undefined;
  /** Reasoning.signature as the answer gave it. */
  signature?: string | null | undefined;
  text: string;
};

/** How hard a model that takes an effort level thinks before answering. */
export type ReasoningEffort =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Reasoning before the answer: exactly one of budgetTokens (Claude) or effort (Nova 2, gpt-oss), as the model takes it. */
export type ReasoningInput =
  {   /** Most tokens to reason with (Claude: at least 1024, below maxTokens). */
  budgetTokens: number; effort?: never; }
  |  { budgetTokens?: never;   effort: ReasoningEffort; };

/** Ask for a JSON answer matching a schema; TextResult.json holds it when it parsed and matched. */
export type ResponseFormatInput = {
  /** What the answer is, for the model. */
  description?: string | null | undefined;
  /** The JSON Schema the answer must match. */
  jsonSchema: unknown;
  /** A name for the format (letters, digits, _ or -); `response` by default. */
  name?: string | null | undefined;
};

/** Bedrock's service tier (X-Amzn-Bedrock-Service-Tier). */
export type ServiceTier =
  | 'DEFAULT'
  | 'FLEX'
  | 'PRIORITY'
  | 'RESERVED';

/** Text generation, normalized across families. Give exactly one of prompt or messages. */
export type TextInput = {
  /** Most tokens to generate (at least 1); the family's default when omitted. */
  maxTokens?: number | null | undefined;
  /** A conversation, oldest first. */
  messages?: Array<ChatMessageInput> | null | undefined;
  /** A single user prompt. */
  prompt?: string | null | undefined;
  /** Reasoning before the answer, for models that take it (see FoundationModel.capabilities). */
  reasoning?: ReasoningInput | null | undefined;
  /** Ask for a JSON answer matching a schema. */
  responseFormat?: ResponseFormatInput | null | undefined;
  /** Generation stops before any of these. */
  stopSequences?: Array<string> | null | undefined;
  /** System instructions. */
  system?: string | null | undefined;
  /** Sampling temperature; the allowed range depends on the family (0–1 for most). */
  temperature?: number | null | undefined;
  /** Whether and which tool the model calls; the family's default (AUTO) when omitted. */
  toolChoice?: ToolChoiceInput | null | undefined;
  /** Tools the model may call; its calls come back in TextResult.toolCalls. */
  tools?: Array<ToolInput> | null | undefined;
  /** Top-k sampling, for families that support it. */
  topK?: number | null | undefined;
  /** Nucleus sampling, 0–1. */
  topP?: number | null | undefined;
};

/** Whether and which tool the model calls: exactly one of mode or tool. */
export type ToolChoiceInput =
  {   mode: ToolChoiceMode; tool?: never; }
  |  { mode?: never;   /** The one tool the model must call. */
  tool: string; };

/** Whether the model may call a tool (AUTO), must call one (ANY) or must not (NONE). */
export type ToolChoiceMode =
  | 'ANY'
  | 'AUTO'
  | 'NONE';

/** A tool the model may call. */
export type ToolInput = {
  /** What the tool does and when to use it: the model reads this. */
  description?: string | null | undefined;
  /** A JSON Schema (type: object) for the tool's input. */
  inputSchema: unknown;
  /** 1–64 letters, digits, _ or -; unique in the request. */
  name: string;
};

/** What a tool returned, in the user turn after the call. */
export type ToolResultBlockInput = {
  /** What the tool returned: a string is text, anything else JSON. */
  content: unknown;
  /** The tool failed; the content says how. */
  isError?: boolean | null | undefined;
  /** The id of the call this answers. */
  toolUseId: string;
};

/** A tool call the model made, sent back in its assistant turn as the model wrote it. */
export type ToolUseBlockInput = {
  /** The call's id, from ToolCall.id. */
  id: string;
  input: unknown;
  name: string;
};

/** Bedrock's X-Amzn-Bedrock-Trace option (guardrail trace). */
export type TraceMode =
  | 'DISABLED'
  | 'ENABLED'
  | 'ENABLED_FULL';

/** A video, for families that take one (Amazon Nova). */
export type VideoBlockInput = {
  /** The video bytes, standard base64. Give this or s3Uri. */
  base64?: string | null | undefined;
  /** The bucket owner's account id, when the bucket is another account's. */
  bucketOwner?: string | null | undefined;
  format: VideoFormat;
  /** s3://bucket/key. */
  s3Uri?: string | null | undefined;
};

/** A video's container format. */
export type VideoFormat =
  | 'FLV'
  | 'MKV'
  | 'MOV'
  | 'MP4'
  | 'MPEG'
  | 'MPG'
  | 'THREE_GP'
  | 'WEBM'
  | 'WMV';

export type AskAboutImageMutationVariables = Exact<{
  modelId: string;
  image: ImageBlockInput;
  question: string;
  maxTokens?: number | null | undefined;
}>;


export type AskAboutImageMutation = { __typename: 'Mutation', invokeModel:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode }
    | { __typename: 'EmbeddingResult' }
    | { __typename: 'ImageResult' }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode }
    | { __typename: 'TextResult', text: string, finishReason: FinishReason, usage: { __typename: 'TokenUsage', inputTokens: number | null, outputTokens: number | null } }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, field: string | null }
   };

export type EmbedTextMutationVariables = Exact<{
  modelId: string;
  text: string;
  dimensions?: number | null | undefined;
}>;


export type EmbedTextMutation = { __typename: 'Mutation', invokeModel:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'EmbeddingResult', embedding: Array<number>, dimensions: number, usage: { __typename: 'TokenUsage', inputTokens: number | null } }
    | { __typename: 'ImageResult' }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'TextResult' }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean }
   };

export type GenerateImageMutationVariables = Exact<{
  modelId: string;
  prompt: string;
  width?: number | null | undefined;
  height?: number | null | undefined;
  seed?: number | null | undefined;
}>;


export type GenerateImageMutation = { __typename: 'Mutation', invokeModel:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'EmbeddingResult' }
    | { __typename: 'ImageResult', images: Array<{ __typename: 'GeneratedImage', base64: string, mimeType: string, width: number | null, height: number | null, seed: number | null }> }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'TextResult' }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean }
   };

export type GenerateTextMutationVariables = Exact<{
  modelId: string;
  prompt: string;
  maxTokens?: number | null | undefined;
}>;


export type GenerateTextMutation = { __typename: 'Mutation', invokeModel:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'EmbeddingResult' }
    | { __typename: 'ImageResult' }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'TextResult', text: string, stopReason: string | null, requestId: string | null, latencyMs: number, usage: { __typename: 'TokenUsage', inputTokens: number | null, outputTokens: number | null, totalTokens: number | null } }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource, field: string | null }
   };

export type EmbedManyMutationVariables = Exact<{
  inputs: Array<InvokeModelInput> | InvokeModelInput;
}>;


export type EmbedManyMutation = { __typename: 'Mutation', invokeModels: Array<
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'EmbeddingResult', embedding: Array<number>, cached: boolean, costUsd: number | null, usage: { __typename: 'TokenUsage', inputTokens: number | null } }
    | { __typename: 'ImageResult' }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'TextResult' }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean }
  > };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me: { __typename: 'Caller', id: string, groups: Array<string>, allowedModels: Array<string>, deniedModels: Array<string>, limits: { __typename: 'CallerLimits', requestsPerMinute: number | null, tokensPerMinute: number | null, tokensPerDay: number | null } } };

export type ModelFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelFamiliesQuery = { __typename: 'Query', modelFamilies: Array<{ __typename: 'ModelFamily', family: string, displayName: string, modality: Modality, modelIdPrefixes: Array<string> }> };

export type ModelsQueryVariables = Exact<{
  filter?: ModelFilter | null | undefined;
}>;


export type ModelsQuery = { __typename: 'Query', models: Array<{ __typename: 'FoundationModel', modelId: string, displayName: string, provider: string, outputModality: Modality, streaming: boolean, maxOutputTokens: number | null, inferenceProfileRequired: boolean, inferenceProfileIds: Array<string>, pricing: { __typename: 'ModelPricing', inputPer1kTokensUsd: number | null, outputPer1kTokensUsd: number | null, perImageUsd: number | null } }> };

export type StreamChatSubscriptionVariables = Exact<{
  modelId: string;
  messages: Array<ChatMessageInput> | ChatMessageInput;
  system?: string | null | undefined;
  maxTokens?: number | null | undefined;
}>;


export type StreamChatSubscription = { invokeModelStream:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ReasoningDelta' }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'StreamCompleted', stopReason: string | null, costUsd: number | null, usage: { __typename: 'TokenUsage', inputTokens: number | null, outputTokens: number | null } }
    | { __typename: 'TextDelta', index: number, text: string }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ToolCallDelta' }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean, field: string | null }
   };

export type StreamTextSubscriptionVariables = Exact<{
  modelId: string;
  prompt: string;
  maxTokens?: number | null | undefined;
}>;


export type StreamTextSubscription = { invokeModelStream:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ReasoningDelta' }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'StreamCompleted', stopReason: string | null, costUsd: number | null, requestId: string | null, latencyMs: number, firstTokenLatencyMs: number | null, usage: { __typename: 'TokenUsage', inputTokens: number | null, outputTokens: number | null, totalTokens: number | null } }
    | { __typename: 'TextDelta', index: number, text: string }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ToolCallDelta' }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource, field: string | null }
   };

export type StreamToolLoopTurnSubscriptionVariables = Exact<{
  modelId: string;
  messages: Array<ChatMessageInput> | ChatMessageInput;
  tools?: Array<ToolInput> | ToolInput | null | undefined;
  reasoning?: ReasoningInput | null | undefined;
  maxTokens?: number | null | undefined;
}>;


export type StreamToolLoopTurnSubscription = { invokeModelStream:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ReasoningDelta', index: number, text: string, signature: string | null }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'StreamCompleted', finishReason: FinishReason, toolCalls: Array<{ __typename: 'ToolCall', id: string, name: string, input: unknown, inputViolations: Array<{ __typename: 'SchemaViolation', path: string, message: string }> }>, reasoning: { __typename: 'Reasoning', text: string, signature: string | null, redactedData: Array<string> } | null, usage: { __typename: 'TokenUsage', inputTokens: number | null, outputTokens: number | null } }
    | { __typename: 'TextDelta', index: number, text: string }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ToolCallDelta', index: number, toolIndex: number, id: string | null, name: string | null, inputJson: string }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean, field: string | null }
   };

export type StructuredAnswerMutationVariables = Exact<{
  modelId: string;
  prompt: string;
  schema: unknown;
  name?: string | null | undefined;
}>;


export type StructuredAnswerMutation = { __typename: 'Mutation', invokeModel:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode }
    | { __typename: 'EmbeddingResult' }
    | { __typename: 'ImageResult' }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode }
    | { __typename: 'TextResult', json: unknown, text: string, finishReason: FinishReason, jsonViolations: Array<{ __typename: 'SchemaViolation', path: string, message: string }> }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, field: string | null }
   };

export type ToolLoopTurnMutationVariables = Exact<{
  modelId: string;
  messages: Array<ChatMessageInput> | ChatMessageInput;
  tools: Array<ToolInput> | ToolInput;
  toolChoice?: ToolChoiceInput | null | undefined;
  system?: string | null | undefined;
}>;


export type ToolLoopTurnMutation = { __typename: 'Mutation', invokeModel:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'EmbeddingResult' }
    | { __typename: 'ImageResult' }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'TextResult', text: string, finishReason: FinishReason, costUsd: number | null, toolCalls: Array<{ __typename: 'ToolCall', id: string, name: string, input: unknown, inputViolations: Array<{ __typename: 'SchemaViolation', path: string, message: string }> }>, reasoning: { __typename: 'Reasoning', text: string, signature: string | null, redactedData: Array<string> } | null, usage: { __typename: 'TokenUsage', inputTokens: number | null, outputTokens: number | null } }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean, field: string | null }
   };


export const AskAboutImageDocument = {"__meta__":{"hash":"sha256:0c0fb67612f48313283daf7a5a2d659574d1e4e696bd942fc94379875651d7a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskAboutImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"image"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlockInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"question"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invokeModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"messages"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"USER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"blocks"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"Variable","name":{"kind":"Name","value":"image"}}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"question"}}}]}]}}]}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxTokens"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"finishReason"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AskAboutImageMutation, AskAboutImageMutationVariables>;
export const EmbedTextDocument = {"__meta__":{"hash":"sha256:aa87d56990f73345ab1e676f663badd1b0ba1d8d5b616d6d0ad7b463f676ffab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmbedText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invokeModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"embedding"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dimensions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbeddingResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"embedding"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<EmbedTextMutation, EmbedTextMutationVariables>;
export const GenerateImageDocument = {"__meta__":{"hash":"sha256:de547025375145655d8c4557b537425e243985ad151ef6368a4f1b8a21c5917f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"width"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"height"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invokeModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"prompt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"width"},"value":{"kind":"Variable","name":{"kind":"Name","value":"width"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"height"},"value":{"kind":"Variable","name":{"kind":"Name","value":"height"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateImageMutation, GenerateImageMutationVariables>;
export const GenerateTextDocument = {"__meta__":{"hash":"sha256:145ff3b3073a1896864f4ea1d8f44554c17bf13dbc0d8596366a7e40a7b5e3c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invokeModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"prompt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxTokens"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateTextMutation, GenerateTextMutationVariables>;
export const EmbedManyDocument = {"__meta__":{"hash":"sha256:a261c96346af15c4f8ff8345accca8a2fcf9f3afe6f12001201409cace0feda3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmbedMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvokeModelInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invokeModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbeddingResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"embedding"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<EmbedManyMutation, EmbedManyMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:f3423441cce2255c1d9e30f3296ff0d7135d9b905f79ce78a2c220b475989fd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"allowedModels"}},{"kind":"Field","name":{"kind":"Name","value":"deniedModels"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"tokensPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"tokensPerDay"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ModelFamiliesDocument = {"__meta__":{"hash":"sha256:e6335ff3bccfd7f6a40b887eab7d958eeb0430c35ce71f059d3b84e707a535ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"modelFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"modelIdPrefixes"}}]}}]}}]} as unknown as DocumentNode<ModelFamiliesQuery, ModelFamiliesQueryVariables>;
export const ModelsDocument = {"__meta__":{"hash":"sha256:6aa90e634fe664bcca4a332bd008928a3c9d69723114fe3b22ad66c47eae4145"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Models"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"outputModality"}},{"kind":"Field","name":{"kind":"Name","value":"streaming"}},{"kind":"Field","name":{"kind":"Name","value":"maxOutputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"inferenceProfileRequired"}},{"kind":"Field","name":{"kind":"Name","value":"inferenceProfileIds"}},{"kind":"Field","name":{"kind":"Name","value":"pricing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inputPer1kTokensUsd"}},{"kind":"Field","name":{"kind":"Name","value":"outputPer1kTokensUsd"}},{"kind":"Field","name":{"kind":"Name","value":"perImageUsd"}}]}}]}}]}}]} as unknown as DocumentNode<ModelsQuery, ModelsQueryVariables>;
export const StreamChatDocument = {"__meta__":{"hash":"sha256:bcc47059621fda9dbbf09bd95faa1025dfa74d9be38a827f72db8ec842f0af21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StreamChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messages"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessageInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invokeModelStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"messages"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messages"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxTokens"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StreamChatSubscription, StreamChatSubscriptionVariables>;
export const StreamTextDocument = {"__meta__":{"hash":"sha256:44f78cdce90b21fd4a6c87f92ce9383e17589c50931e55dfbe891f0d8e6c2edb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StreamText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invokeModelStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"prompt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxTokens"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"firstTokenLatencyMs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StreamTextSubscription, StreamTextSubscriptionVariables>;
export const StreamToolLoopTurnDocument = {"__meta__":{"hash":"sha256:aba76bd173b6e002ea2134789d820b54530e8bd43dba112b6aff3dabb9f1abb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StreamToolLoopTurn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messages"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessageInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tools"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasoning"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasoningInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invokeModelStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"messages"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messages"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tools"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tools"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reasoning"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasoning"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxTokens"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasoningDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCallDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"toolIndex"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inputJson"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"finishReason"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"inputViolations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"redactedData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StreamToolLoopTurnSubscription, StreamToolLoopTurnSubscriptionVariables>;
export const StructuredAnswerDocument = {"__meta__":{"hash":"sha256:cd53575f63c52e29c179a5914d6710f767be379a27e6ceeeadf0f20d50e78502"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StructuredAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schema"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invokeModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"prompt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"responseFormat"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jsonSchema"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schema"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"jsonViolations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"finishReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StructuredAnswerMutation, StructuredAnswerMutationVariables>;
export const ToolLoopTurnDocument = {"__meta__":{"hash":"sha256:f44547dc57589113fdb02e01f1dca2f7ba3d0a035bbf9727d48fb8dead73b906"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ToolLoopTurn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messages"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessageInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tools"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toolChoice"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolChoiceInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invokeModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"messages"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messages"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tools"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tools"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"toolChoice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toolChoice"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"finishReason"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"inputViolations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"redactedData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ToolLoopTurnMutation, ToolLoopTurnMutationVariables>;