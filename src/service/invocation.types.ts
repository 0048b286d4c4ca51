import { type PerformanceLatency, type ServiceTier, type TraceMode } from "../bedrock/invoke-call.types";
import { type EmbeddingRequest, type ImageRequest, type ModelOutput, type TextRequest } from "../models/invocation.types";

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

/**
 * One invocation as a caller asks for it: a model and exactly one of a normalized request or a
 * raw provider body. Optional members may be null (GraphQL sends null for omitted nullable input).
 */
export interface InvocationInput extends InvocationOptions {
  modelId: string;
  text?: Nullable<TextRequest> | null;
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
