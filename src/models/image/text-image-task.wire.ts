import { z } from "zod";

/**
 * Titan Image Generator and Nova Canvas both answer `{images: [base64 PNG], error}`
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-image.html). Nova Canvas reports output moderation
 * in `error` with HTTP 200, and may then return fewer images than asked, or none
 * (https://docs.aws.amazon.com/nova/latest/userguide/image-gen-errors.html).
 */
export const textImageTaskResponseSchema = z.object({
  images: z.array(z.string()).nullish(),
  error: z.string().nullish(),
});
