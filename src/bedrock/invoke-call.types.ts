import { type Failure } from "../lib/failure";
import { type Result } from "../lib/result";

/** Bedrock's trace header values (X-Amzn-Bedrock-Trace). */
export type TraceMode = "ENABLED" | "DISABLED" | "ENABLED_FULL";
export type PerformanceLatency = "standard" | "optimized";
export type ServiceTier = "priority" | "default" | "flex" | "reserved";

/** One InvokeModel request as Bedrock takes it: a model id, a provider body, and header options. */
export interface InvokeCall {
  modelId: string;
  body: Uint8Array;
  contentType?: string;
  accept?: string;
  trace?: TraceMode;
  guardrailIdentifier?: string;
  guardrailVersion?: string;
  performanceConfigLatency?: PerformanceLatency;
  serviceTier?: ServiceTier;
  /** Whose call it is (a principal id): the gateway shares a model's slots out by it. Never sent to Bedrock. */
  caller?: string;
}

/** Bedrock's answer, with the figures it sends only as response headers. */
export interface InvokeReply {
  body: Uint8Array;
  contentType: string;
  requestId: string | null;
  /** SDK attempts it took, retries included. */
  attempts: number;
  /** X-Amzn-Bedrock-Input-Token-Count / -Output-Token-Count; null when absent. */
  inputTokens: number | null;
  outputTokens: number | null;
  /** X-Amzn-Bedrock-Invocation-Latency: the model's own time, in milliseconds. */
  invocationLatencyMs: number | null;
  /** X-Amzn-Bedrock-Cache-Read-Input-Token-Count / -Cache-Write-Input-Token-Count; null when absent. */
  cacheReadTokens: number | null;
  cacheWriteTokens: number | null;
  /** The Region that answered, when the caller of the invoker knows it (set by regional failover). */
  region?: string;
  performanceConfigLatency: string | null;
  serviceTier: string | null;
}

/**
 * A response stream that has started. Iterating never throws for an expected failure: a
 * mid-stream exception event (or a broken connection) arrives as a last `ok: false` item.
 */
export interface StreamReply {
  requestId: string | null;
  contentType: string;
  /** The Region that answered, when known (set by regional failover). */
  region?: string;
  /** The decoded `bytes` of each `chunk` event, in order. */
  chunks: AsyncIterable<Result<Uint8Array, Failure>>;
}

export interface BedrockInvoker {
  /** Resolves with a failure value for every Bedrock or transport failure; never rejects for those. */
  invoke(call: InvokeCall, signal?: AbortSignal): Promise<Result<InvokeReply, Failure>>;
  /** InvokeModelWithResponseStream; a failure before the first event resolves as a failure value. */
  invokeStream(call: InvokeCall, signal?: AbortSignal): Promise<Result<StreamReply, Failure>>;
}
