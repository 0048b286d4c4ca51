import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem } from "../codec.types";
import { type ImageGeneration, type ImageRequest } from "../invocation.types";
import { parseWireBody } from "../parse-wire-body";
import { describeGeneratedImage } from "./generated-image";
import { textImageTaskResponseSchema } from "./text-image-task.wire";

/**
 * The TEXT_IMAGE task body that Titan Image Generator v1/v2 and Nova Canvas share
 * (reference §5.5, §5.7). Their limits differ and are each codec's to check; the shape is one.
 */
export interface TextImageTaskBody {
  taskType: "TEXT_IMAGE";
  textToImageParams: { text: string; negativeText?: string };
  imageGenerationConfig: { numberOfImages?: number; width?: number; height?: number; cfgScale?: number; seed?: number };
}

/** Builds the body from a request whose values the calling codec has already checked. */
export function encodeTextImageTask(request: ImageRequest): TextImageTaskBody {
  return {
    taskType: "TEXT_IMAGE",
    textToImageParams: { text: request.prompt, negativeText: request.negativePrompt },
    imageGenerationConfig: {
      numberOfImages: request.numberOfImages,
      width: request.width,
      height: request.height,
      cfgScale: request.cfgScale,
      seed: request.seed,
    },
  };
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
