import { fail, ok, type Result } from "../../lib/result";
import { checkRange, type NumberRange } from "../check-range";
import { type CodecProblem } from "../codec.types";
import { type ImageGeneration, type ImageRequest } from "../invocation.types";
import { parseWireBody } from "../parse-wire-body";
import { describeGeneratedImage } from "./generated-image";
import { type PixelSize } from "./png-size";
import { checkPromptLengths } from "./prompt-length";
import { readRequestedSize } from "./requested-size";
import { textImageTaskResponseSchema } from "./text-image-task.wire";

/**
 * The TEXT_IMAGE task body that Titan Image Generator v1/v2 and Nova Canvas share
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-image.html and the Nova pages cited in
 * nova-canvas.codec.ts). The shape and the order of checks are one; each codec gives its limits.
 */
export interface TextImageTaskBody {
  taskType: "TEXT_IMAGE";
  textToImageParams: { text: string; negativeText?: string };
  imageGenerationConfig: { numberOfImages?: number; width?: number; height?: number; cfgScale?: number; seed?: number };
}

/** What one family that takes the TEXT_IMAGE task accepts. */
export interface TextImageTaskLimits {
  /** Names the family in problems. */
  family: string;
  maximumTextLength: number;
  /** The family's rule for a requested width and height: null when it makes that size. */
  checkSize(size: PixelSize): CodecProblem | null;
  imageCount: NumberRange;
  cfgScale: NumberRange;
  seed: NumberRange;
}

/**
 * Builds the body after checking the request against the family's limits, in one order for
 * every family: prompt lengths, size, image count, cfgScale, seed.
 */
export function encodeTextImageTask(request: ImageRequest, limits: TextImageTaskLimits): Result<TextImageTaskBody, CodecProblem> {
  const promptProblem = checkPromptLengths(request, limits.maximumTextLength, limits.family);
  if (promptProblem !== null) return fail(promptProblem);
  const size = readRequestedSize(request, limits.family);
  if (!size.ok) return size;
  const problem =
    (size.value === null ? null : limits.checkSize(size.value)) ??
    checkRange("numberOfImages", request.numberOfImages, limits.imageCount) ??
    checkRange("cfgScale", request.cfgScale, limits.cfgScale) ??
    checkRange("seed", request.seed, limits.seed);
  if (problem !== null) return fail(problem);
  return ok({
    taskType: "TEXT_IMAGE",
    textToImageParams: { text: request.prompt, negativeText: request.negativePrompt },
    imageGenerationConfig: {
      numberOfImages: request.numberOfImages,
      width: request.width,
      height: request.height,
      cfgScale: request.cfgScale,
      seed: request.seed,
    },
  });
}

/**
 * Reads `{images, error}`. Images that came back are returned even when `error` says others were
 * blocked; with no image at all, `error` (or the absence of images) is the problem. Seeds are
 * not in the answer, so each image's seed is null.
 */
export function decodeTextImageTask(body: unknown, format: string): Result<ImageGeneration, CodecProblem> {
  const parsed = parseWireBody(textImageTaskResponseSchema, body, format);
  if (!parsed.ok) return parsed;
  const images = parsed.value.images ?? [];
  if (images.length === 0) {
    return fail({ message: `${format} returned no image: ${parsed.value.error ?? "no reason given"}` });
  }
  return ok({ modality: "IMAGE", images: images.map((base64) => describeGeneratedImage(base64, null)) });
}
