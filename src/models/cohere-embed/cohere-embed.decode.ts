import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem } from "../codec.types";
import { type Embedding } from "../invocation.types";
import { decodeCohereEmbedBatch } from "./cohere-embed-batch";

/**
 * Reads the answer to a single-text request, a batch of one. Cohere's body carries no token
 * counts; the service takes them from Bedrock's token-count headers when present.
 */
export function decodeCohereEmbedding(body: unknown): Result<Embedding, CodecProblem> {
  const vectors = decodeCohereEmbedBatch(body);
  if (!vectors.ok) return vectors;
  const [vector] = vectors.value;
  if (vector === undefined) return fail({ message: "The Cohere Embed response holds no embedding" });
  return ok({ modality: "EMBEDDING", vector, usage: { inputTokens: null, outputTokens: null } });
}
