import { type PixelSize } from "../image/png-size";

export interface StabilityAspectRatio extends PixelSize {
  ratio: string;
}

/**
 * The aspect ratios Stability's text-to-image models take on Bedrock
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-diffusion-stable-ultra-text-image-request-response.html), each
 * with the pixel size it yields. AWS documents the ratios and a ~1 megapixel output (SD3.5
 * Large page); the sizes are Stability's ~1 megapixel size for each ratio, sides multiples of 64.
 */
export const STABILITY_ASPECT_RATIOS: StabilityAspectRatio[] = [
  { ratio: "1:1", width: 1024, height: 1024 },
  { ratio: "16:9", width: 1344, height: 768 },
  { ratio: "9:16", width: 768, height: 1344 },
  { ratio: "21:9", width: 1536, height: 640 },
  { ratio: "9:21", width: 640, height: 1536 },
  { ratio: "3:2", width: 1216, height: 832 },
  { ratio: "2:3", width: 832, height: 1216 },
  { ratio: "5:4", width: 1088, height: 896 },
  { ratio: "4:5", width: 896, height: 1088 },
];
