import { z } from "zod";

/**
 * Stability models on Bedrock answer `{seeds, finish_reasons, images}`, one entry per image; a
 * filtered request may carry only `finish_reasons`, e.g. `["Filter reason: prompt"]`
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-diffusion-stable-ultra-text-image-request-response.html).
 */
export const stabilityResponseSchema = z.object({
  seeds: z.array(z.number()).nullish(),
  finish_reasons: z.array(z.string().nullable()).nullish(),
  images: z.array(z.string()).nullish(),
});
