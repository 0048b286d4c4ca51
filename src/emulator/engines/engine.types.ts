/**
 * What an emulator engine answers for one InvokeModel call: a body in the family's response
 * shape with the token counts Bedrock would put in its response headers, or the exception
 * Bedrock would raise for that body.
 */
export interface EngineAnswer {
  body: unknown;
  inputTokens: number;
  outputTokens: number;
}

export type EngineOutcome =
  | { ok: true; answer: EngineAnswer }
  | { ok: false; exception: "ValidationException" | "ResourceNotFoundException"; message: string };
