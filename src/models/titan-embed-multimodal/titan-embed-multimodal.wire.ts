import { z } from "zod";

/**
 * Titan Multimodal Embeddings G1 answers `{embedding, inputTextTokenCount}`
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/titan-multiemb-models.html).
 * The token count is taken as optional: an image-only request has no text to count.
 */
export const titanEmbedMultimodalResponseSchema = z.object({
  embedding: z.array(z.number()),
  inputTextTokenCount: z.number().int().nonnegative().nullish(),
});
