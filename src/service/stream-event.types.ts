import { type Failure } from "../lib/failure";
import { type FinishReason, type Reasoning, type SchemaViolation, type TokenUsage, type ToolCall } from "../models/invocation.types";

/** One piece of generated text, in arrival order (`index` counts from 0). */
export interface TextDeltaEvent {
  kind: "delta";
  index: number;
  text: string;
}

/**
 * A piece of a tool call, in arrival order among all deltas. `toolIndex` numbers the stream's
 * calls from 0; the first piece of a call carries its id and name, every piece the next part of
 * its input's JSON text.
 */
export interface ToolCallDeltaEvent {
  kind: "toolCallDelta";
  index: number;
  toolIndex: number;
  id: string | null;
  name: string | null;
  inputJson: string;
}

/** A piece of the model's reasoning; the signature (where the family signs it) comes with the last piece. */
export interface ReasoningDeltaEvent {
  kind: "reasoningDelta";
  index: number;
  text: string;
  signature: string | null;
}

/** The last event of a successful stream. */
export interface StreamCompletedEvent {
  kind: "completed";
  modelId: string;
  requestId: string | null;
  stopReason: string | null;
  finishReason: FinishReason;
  /** Every tool call, assembled from its pieces and checked against its tool's schema. */
  toolCalls: ToolCall[];
  reasoning: Reasoning | null;
  /** With a responseFormat: the answer's JSON when it matched the schema, else null; and how it did not. */
  json: unknown;
  jsonViolations: SchemaViolation[];
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

export type StreamEvent = TextDeltaEvent | ToolCallDeltaEvent | ReasoningDeltaEvent | StreamCompletedEvent | StreamFailedEvent;
