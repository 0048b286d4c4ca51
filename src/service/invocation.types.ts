import { type PerformanceLatency, type ServiceTier, type TraceMode } from "../bedrock/invoke-call.types";
import { type EmbeddingRequest, type ImageRequest, type ModelOutput } from "../models/invocation.types";

export interface GuardrailOption {
  identifier: string;
  version: string;
}

/** Bedrock's own request options, passed through as InvokeModel headers. */
export interface InvocationOptions {
  contentType?: string | null;
  accept?: string | null;
  trace?: TraceMode | null;
  guardrail?: GuardrailOption | null;
  performanceConfigLatency?: PerformanceLatency | null;
  serviceTier?: ServiceTier | null;
}

/** Media in a content block as GraphQL delivers it: inline base64 or an S3 location. */
export interface MediaInput {
  format: string;
  base64?: string | null;
  s3Uri?: string | null;
  bucketOwner?: string | null;
}

/** One content block as GraphQL delivers it (a @oneOf input: exactly one member is set). Validation makes it a `ContentBlock`. */
export interface ContentBlockInput {
  text?: string | null;
  image?: MediaInput | null;
  document?: { format: string; name: string; base64: string } | null;
  video?: MediaInput | null;
  toolUse?: { id: string; name: string; input: unknown } | null;
  toolResult?: { toolUseId: string; content: unknown; isError?: boolean | null } | null;
  reasoning?: { text: string; signature?: string | null; redactedData?: string | null } | null;
  cachePoint?: boolean | null;
}

/** A text request as GraphQL delivers it; validation turns it into a `TextRequest`. */
export interface TextRequestInput {
  prompt?: string | null;
  messages?: Array<{ role: string; content?: string | null; blocks?: ContentBlockInput[] | null } | null> | null;
  system?: string | null;
  maxTokens?: number | null;
  temperature?: number | null;
  topP?: number | null;
  topK?: number | null;
  stopSequences?: string[] | null;
  tools?: Array<{ name: string; description?: string | null; inputSchema: unknown } | null> | null;
  toolChoice?: { mode?: string | null; tool?: string | null } | null;
  responseFormat?: { name?: string | null; description?: string | null; jsonSchema: unknown } | null;
  reasoning?: { budgetTokens?: number | null; effort?: string | null } | null;
}

/**
 * One invocation as a caller asks for it: a model and exactly one of a normalized request or a
 * raw provider body. Optional members may be null (GraphQL sends null for omitted nullable input).
 */
export interface InvocationInput extends InvocationOptions {
  modelId: string;
  text?: TextRequestInput | null;
  embedding?: Nullable<EmbeddingRequest> | null;
  image?: Nullable<ImageRequest> | null;
  body?: unknown;
}

/** A request as GraphQL delivers it: any optional member may be null. Validation turns it into the plain request. */
export type Nullable<T> = { [K in keyof T]: undefined extends T[K] ? T[K] | null : T[K] };

export interface Invocation {
  /** The model id as the caller gave it. */
  modelId: string;
  requestId: string | null;
  /** Wall time the gateway waited for Bedrock, retries included, in milliseconds. */
  latencyMs: number;
  /** The model's own time as Bedrock reports it (X-Amzn-Bedrock-Invocation-Latency). */
  modelLatencyMs: number | null;
  attempts: number;
  /** The Region that served the call (a fallback Region after failover); null when the invoker does not say. */
  region: string | null;
  /** Estimated on-demand price from the catalog, in US dollars; null without a catalog price or counts. */
  costUsd: number | null;
  output: ModelOutput;
  /** The provider's response body, parsed; null when it was not JSON. */
  raw: unknown;
  /** Answered from the embedding cache, without an upstream call. */
  cached: boolean;
}
