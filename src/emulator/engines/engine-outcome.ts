import { type EngineOutcome } from "./engine.types";

export type EngineRejection = Extract<EngineOutcome, { ok: false }>;

/** A successful answer whose token counts are the ones the body itself reports. */
export function answered(body: unknown, inputTokens: number, outputTokens: number): EngineOutcome {
  return { ok: true, answer: { body, inputTokens, outputTokens } };
}

/** Bedrock answers a body it cannot accept with HTTP 400 ValidationException. */
export function rejectedAsInvalid(message: string): EngineRejection {
  return { ok: false, exception: "ValidationException", message };
}
