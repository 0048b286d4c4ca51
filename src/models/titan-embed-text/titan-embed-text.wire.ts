import { z } from "zod";

/**
 * Titan Text Embeddings G1 and V2 answer `{embedding, inputTextTokenCount}`; V2 adds
 * `embeddingsByType`, which repeats the float vector, so `embedding` is all the gateway reads
 * (reference §5.3).
 */
export const titanEmbedTextResponseSchema = z.object({
  embedding: z.array(z.number()),
  inputTextTokenCount: z.number().int().nonnegative(),
});
