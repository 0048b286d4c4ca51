import { fail, ok } from "../../lib/result";
import { checkRange } from "../check-range";
import { type ImageCodec } from "../codec.types";
import { describeGeneratedImage } from "../image/generated-image";
import { checkPromptLengths } from "../image/prompt-length";
import { readRequestedSize } from "../image/requested-size";
import { parseWireBody } from "../parse-wire-body";
import { STABILITY_ASPECT_RATIOS } from "./stability-aspect-ratios";
import { stabilityResponseSchema } from "./stability.wire";

// Limits from the Stability request pages on Bedrock:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-diffusion-stable-ultra-text-image-request-response.html
const MAXIMUM_TEXT_LENGTH = 10000;
const SEED = { minimum: 0, maximum: 4294967294, whole: true };

const FAMILY = "Stability";

/**
 * stability.sd3-large, sd3-5-large, stable-image-core and stable-image-ultra, text to image:
 * `{prompt, negative_prompt, aspect_ratio, seed, output_format, mode}`. Sizes are chosen by
 * aspect ratio; one image per call; no guidance scale.
 */
export const stabilityCodec: ImageCodec = {
  family: "stability",
  displayName: "Stability AI (SD3, Stable Image Core and Ultra)",
  modality: "IMAGE",
  encode(request) {
    const promptProblem = checkPromptLengths(request, MAXIMUM_TEXT_LENGTH, FAMILY);
    if (promptProblem !== null) return fail(promptProblem);
    if (request.numberOfImages !== undefined && request.numberOfImages !== 1) {
      return fail({ field: "numberOfImages", message: `${FAMILY} models make one image per call; got numberOfImages ${request.numberOfImages}` });
    }
    if (request.cfgScale !== undefined) {
      return fail({ field: "cfgScale", message: `${FAMILY} models on Bedrock take no cfgScale` });
    }
    const seedProblem = checkRange("seed", request.seed, SEED);
    if (seedProblem !== null) return fail(seedProblem);
    const size = readRequestedSize(request, FAMILY);
    if (!size.ok) return size;
    const requested = size.value;
    const aspect =
      requested === null ? undefined : STABILITY_ASPECT_RATIOS.find((entry) => entry.width === requested.width && entry.height === requested.height);
    if (requested !== null && aspect === undefined) {
      const allowed = STABILITY_ASPECT_RATIOS.map((entry) => `${entry.width}x${entry.height} (${entry.ratio})`).join(", ");
      return fail({
        field: "width",
        message: `${FAMILY} makes only these sizes (width x height): ${allowed}; got ${requested.width}x${requested.height}`,
      });
    }
    return ok({
      prompt: request.prompt,
      negative_prompt: request.negativePrompt,
      aspect_ratio: aspect?.ratio,
      seed: request.seed,
      output_format: "png",
      mode: "text-to-image",
    });
  },
  decode(body) {
    const parsed = parseWireBody(stabilityResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { seeds, finish_reasons: finishReasons, images } = parsed.value;
    const reason = finishReasons?.find((finishReason) => finishReason !== null);
    if (reason !== undefined && reason !== null) return fail({ message: `${FAMILY} returned no image: ${reason}` });
    if (images === null || images === undefined || images.length === 0) {
      return fail({ message: `${FAMILY} returned no image and no reason` });
    }
    return ok({ modality: "IMAGE", images: images.map((base64, index) => describeGeneratedImage(base64, seeds?.[index] ?? null)) });
  },
};
