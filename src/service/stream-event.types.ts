import { type Failure } from "../lib/failure";
import { type TokenUsage } from "../models/invocation.types";

/** One piece of generated text, in arrival order (`index` counts from 0). */
export interface TextDeltaEvent {
  kind: "delta";
  index: number;
  text: string;
}

/** The last event of a successful stream. */
export interface StreamCompletedEvent {
  kind: "completed";
  modelId: string;
  requestId: string | null;
  stopReason: string | null;
  usage: TokenUsage;
  /** The Region that served the stream (a fallback Region after failover); null when the invoker does not say. */
  region: string | null;
  /** Estimated on-demand price from the catalog, in US dollars; null without a price or counts. */
  costUsd: number | null;
  /** From sending the request to the last chunk, in milliseconds. */
  latencyMs: number;
  /** From sending the request to the first text, in milliseconds; null when no text came. */
  firstTokenLatencyMs: number | null;
}

/** A failure before or during the stream; always the last event. */
export interface StreamFailedEvent {
  kind: "failed";
  failure: Failure;
}

export type StreamEvent = TextDeltaEvent | StreamCompletedEvent | StreamFailedEvent;
