import { z } from "zod";

/**
 * Titan Text Embeddings G1 and V2 answer `{embedding, inputTextTokenCount}`; V2 adds
 * `embeddingsByType`, which repeats the float vector, so `embedding` is all the gateway reads
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html).
 */
export const titanEmbedTextResponseSchema = z.object({
  embedding: z.array(z.number()),
  inputTextTokenCount: z.number().int().nonnegative(),
});
