import { checkRange } from "../check-range";
import { type CodecProblem, type ImageCodec } from "../codec.types";
import { type PixelSize } from "../image/png-size";
import { decodeTextImageTask, encodeTextImageTask } from "../image/text-image-task";

// Limits from the Nova Canvas request documentation in the Amazon Nova user guide:
// https://docs.aws.amazon.com/nova/latest/userguide/invoke.html and
// https://docs.aws.amazon.com/nova/latest/userguide/image-gen-errors.html
const MAXIMUM_TEXT_LENGTH = 1024;
const IMAGE_COUNT = { minimum: 1, maximum: 5, whole: true };
const CFG_SCALE = { minimum: 1.1, maximum: 10, whole: false };
const SEED = { minimum: 0, maximum: 858993459, whole: true };
// Each side 320–4096 pixels in steps of 16, sides within 1:4 to 4:1, and at most 2048×2048
// pixels in all (the docs' largest square).
const SIDE = { minimum: 320, maximum: 4096, whole: true };
const SIDE_STEP = 16;
const MAXIMUM_RATIO = 4;
const MAXIMUM_PIXELS = 2048 * 2048;

const FAMILY = "Nova Canvas";

function checkSize(size: PixelSize): CodecProblem | null {
  for (const field of ["width", "height"] as const) {
    const problem = checkRange(field, size[field], SIDE);
    if (problem !== null) return problem;
    if (size[field] % SIDE_STEP !== 0) return { field, message: `${FAMILY} needs ${field} to be a multiple of ${SIDE_STEP}; got ${size[field]}` };
  }
  const ratio = Math.max(size.width, size.height) / Math.min(size.width, size.height);
  if (ratio > MAXIMUM_RATIO) {
    return {
      field: "width",
      message: `${FAMILY} needs an aspect ratio between 1:${MAXIMUM_RATIO} and ${MAXIMUM_RATIO}:1; got ${size.width}x${size.height}`,
    };
  }
  if (size.width * size.height > MAXIMUM_PIXELS) {
    return {
      field: "width",
      message: `${FAMILY} makes images of at most ${MAXIMUM_PIXELS} pixels; ${size.width}x${size.height} has ${size.width * size.height}`,
    };
  }
  return null;
}

/** amazon.nova-canvas-v1:0, text to image: Titan Image's body shape with Nova's own limits. */
export const novaCanvasCodec: ImageCodec = {
  family: "amazon-nova-canvas",
  displayName: "Amazon Nova Canvas",
  modality: "IMAGE",
  encode: (request) =>
    encodeTextImageTask(request, {
      family: FAMILY,
      maximumTextLength: MAXIMUM_TEXT_LENGTH,
      checkSize,
      imageCount: IMAGE_COUNT,
      cfgScale: CFG_SCALE,
      seed: SEED,
    }),
  decode: (body) => decodeTextImageTask(body, FAMILY),
};
