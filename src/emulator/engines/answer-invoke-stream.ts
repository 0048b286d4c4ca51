import { type EngineRejection, rejectedAsInvalid } from "./engine-outcome";
import { type StreamChunk } from "./engine.types";
import { resolveModelFamily } from "./resolve-model-family";

// Bedrock's wording when InvokeModelWithResponseStream names a model that cannot stream (HTTP 400).
const NOT_STREAMING_MESSAGE = "The model is unsupported for streaming.";

export type StreamOutcome = { ok: true; chunks: readonly StreamChunk[]; inputTokens: number; outputTokens: number } | EngineRejection;

/**
 * What Bedrock would stream for InvokeModelWithResponseStream on `modelId` with `body`: the
 * same answer InvokeModel gives, chunk by chunk. A model that cannot stream (embeddings,
 * images, Llama 4) is a ValidationException; for embeddings and images, before the body is read.
 */
export function answerInvokeStream(modelId: string, body: unknown): StreamOutcome {
  const family = resolveModelFamily(modelId);
  if (!family.ok) return family;
  if (family.output !== "text") return rejectedAsInvalid(NOT_STREAMING_MESSAGE);
  const outcome = family.engine(family.baseModelId, body);
  if (!outcome.ok) return outcome;
  const { streamChunks, inputTokens, outputTokens } = outcome.answer;
  if (streamChunks === undefined) return rejectedAsInvalid(NOT_STREAMING_MESSAGE);
  return { ok: true, chunks: streamChunks, inputTokens, outputTokens };
}
