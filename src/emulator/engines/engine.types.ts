/** One chunk of a streamed answer: the family's JSON that a stream frame carries (base64) in `bytes`. */
export type StreamChunk = Readonly<Record<string, unknown>>;

/**
 * What an emulator engine answers for one InvokeModel call: a body in the family's response
 * shape with the token counts Bedrock would put in its response headers, or the exception
 * Bedrock would raise for that body.
 */
export interface EngineAnswer {
  body: unknown;
  inputTokens: number;
  outputTokens: number;
  /**
   * The same answer as InvokeModelWithResponseStream sends it, chunk by chunk, before Bedrock
   * adds its invocation metrics to the last one. Absent when the model cannot stream.
   */
  streamChunks?: readonly StreamChunk[];
}

export type EngineOutcome =
  { ok: true; answer: EngineAnswer } | { ok: false; exception: "ValidationException" | "ResourceNotFoundException"; message: string };
