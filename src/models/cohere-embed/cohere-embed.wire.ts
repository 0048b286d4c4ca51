import { z } from "zod";

const vectors = z.array(z.array(z.number()));

/**
 * Cohere Embed v3 and v4 answer in one of two forms: `embeddings_floats`,
 * where `embeddings` is one float vector per text, or `embeddings_by_type`, where it maps each
 * requested type to those vectors. The gateway reads float vectors only.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v3.html
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v4.html
 */
export const cohereEmbedResponseSchema = z.object({
  embeddings: z.union([vectors, z.object({ float: vectors })]),
});
