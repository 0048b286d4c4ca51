import { type EngineOutcome, type StreamChunk } from "./engine.types";

export type EngineRejection = Extract<EngineOutcome, { ok: false }>;

/**
 * A successful answer whose token counts are the ones the body itself reports; text models
 * also give the chunks that stream the same answer.
 */
export function answered(body: unknown, inputTokens: number, outputTokens: number, streamChunks?: readonly StreamChunk[]): EngineOutcome {
  return { ok: true, answer: { body, inputTokens, outputTokens, ...(streamChunks && { streamChunks }) } };
}

/** Bedrock answers a body it cannot accept with HTTP 400 ValidationException. */
export function rejectedAsInvalid(message: string): EngineRejection {
  return { ok: false, exception: "ValidationException", message };
}
