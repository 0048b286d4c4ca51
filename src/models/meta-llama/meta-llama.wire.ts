import { z } from "zod";

/** The Meta Llama 3.x / 4 request body: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html */
export interface MetaLlamaRequestBody {
  prompt: string;
  max_gen_len?: number;
  temperature?: number;
  top_p?: number;
  /** Base64 images for Llama 3.2 Vision (11B, 90B) and Llama 4, each marked in the prompt by <|image|>. */
  images?: string[];
}

/** A Llama answer: the generation, both token counts and `stop_reason` (`stop` or `length`), same page. */
export const metaLlamaResponseSchema = z.object({
  generation: z.string(),
  prompt_token_count: z.number().nullish(),
  generation_token_count: z.number().nullish(),
  stop_reason: z.string().nullish(),
});

/**
 * A Llama stream chunk has the answer's four keys, `prompt_token_count` only on the first
 * (same page). Every key is optional here: a chunk without them adds nothing rather than
 * failing the stream, while a key of the wrong type is still reported.
 */
export const metaLlamaChunkSchema = metaLlamaResponseSchema.partial();
