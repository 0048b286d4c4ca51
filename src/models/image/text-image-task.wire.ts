import { z } from "zod";

/**
 * Titan Image Generator and Nova Canvas both answer `{images: [base64 PNG], error}`
 * (reference §5.5, §5.7). Nova Canvas reports output moderation in `error` with HTTP 200, and
 * may then return fewer images than asked, or none.
 */
export const textImageTaskResponseSchema = z.object({
  images: z.array(z.string()).nullish(),
  error: z.string().nullish(),
});
