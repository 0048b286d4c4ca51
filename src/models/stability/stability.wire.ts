import { z } from "zod";

/**
 * Stability models on Bedrock answer `{seeds, finish_reasons, images}`, one entry per image; a
 * filtered request may carry only `finish_reasons`, e.g. `["Filter reason: prompt"]`
 * (reference §5.13, source [27]).
 */
export const stabilityResponseSchema = z.object({
  seeds: z.array(z.number()).nullish(),
  finish_reasons: z.array(z.string().nullable()).nullish(),
  images: z.array(z.string()).nullish(),
});
