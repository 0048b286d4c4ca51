import { type CodecProblem, type ImageCodec } from "../codec.types";
import { type PixelSize } from "../image/png-size";
import { decodeTextImageTask, encodeTextImageTask } from "../image/text-image-task";

// Limits from the Titan Image Generator parameters page; v1 and v2 document the same ones for TEXT_IMAGE.
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-image.html
const MAXIMUM_TEXT_LENGTH = 512;
const IMAGE_COUNT = { minimum: 1, maximum: 5, whole: true };
const CFG_SCALE = { minimum: 1.1, maximum: 10, whole: false };
const SEED = { minimum: 0, maximum: 2147483646, whole: true };

// The only sizes Titan Image Generator makes, width × height (same page).
const SIZES: PixelSize[] = [
  [1024, 1024],
  [768, 768],
  [512, 512],
  [768, 1152],
  [384, 576],
  [1152, 768],
  [576, 384],
  [768, 1280],
  [384, 640],
  [1280, 768],
  [640, 384],
  [896, 1152],
  [448, 576],
  [1152, 896],
  [576, 448],
  [768, 1408],
  [384, 704],
  [1408, 768],
  [704, 384],
  [640, 1408],
  [320, 704],
  [1408, 640],
  [704, 320],
  [1152, 640],
  [1173, 640],
].map(([width, height]) => ({ width, height }));

const FAMILY = "Titan Image Generator";

function checkSize(size: PixelSize): CodecProblem | null {
  if (SIZES.some((allowed) => allowed.width === size.width && allowed.height === size.height)) return null;
  const allowed = SIZES.map((allowed) => `${allowed.width}x${allowed.height}`).join(", ");
  return { field: "width", message: `${FAMILY} makes only these sizes (width x height): ${allowed}; got ${size.width}x${size.height}` };
}

/** amazon.titan-image-generator-v1 and -v2:0, text to image. */
export const titanImageCodec: ImageCodec = {
  family: "amazon-titan-image",
  displayName: "Amazon Titan Image Generator v1/v2",
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
