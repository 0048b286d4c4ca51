import { z } from "zod";
import { answered, rejectedAsInvalid } from "./engine-outcome";
import { paintPng } from "./image-painter";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { hashText } from "./stable-hash";

// Output sizes per aspect ratio: Stability's roughly one-megapixel resolutions for SD3 and
// Stable Image (each side a multiple of 64).
const SIZES_BY_ASPECT_RATIO = {
  "16:9": [1344, 768],
  "1:1": [1024, 1024],
  "21:9": [1536, 640],
  "2:3": [832, 1216],
  "3:2": [1216, 832],
  "4:5": [896, 1088],
  "5:4": [1088, 896],
  "9:16": [768, 1344],
  "9:21": [640, 1536],
} as const satisfies Record<string, readonly [number, number]>;

type AspectRatio = keyof typeof SIZES_BY_ASPECT_RATIO;
const ASPECT_RATIOS = Object.keys(SIZES_BY_ASPECT_RATIO) as [AspectRatio, ...AspectRatio[]];

// Fields and ranges from the Stability pages on Bedrock: prompts up to 10,000 characters, seeds 0–4,294,967,295.
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-diffusion-stable-ultra-text-image-request-response.html
const MAXIMUM_SEED = 4_294_967_295;

const stabilityRequestSchema = z.looseObject({
  prompt: requestFields.prompt(10_000),
  negative_prompt: z.string().max(10_000).optional(),
  aspect_ratio: z.enum(ASPECT_RATIOS).default("1:1"),
  seed: z.number().int().min(0).max(MAXIMUM_SEED).optional(),
  output_format: z.enum(["png", "jpeg"]).default("png"),
  mode: z.enum(["text-to-image", "image-to-image"]).default("text-to-image"),
});

/**
 * Stability AI: SD3 Large, SD3.5 Large, Stable Image Core and Ultra (`stability.*`).
 *
 * The emulator draws PNG only. Rather than answer a jpeg request with PNG bytes — which would let
 * a caller mislabel the image unnoticed — it rejects `output_format: "jpeg"` with a message saying
 * so, though the real service accepts it. Image-to-image needs a picture to edit, which the
 * painter cannot read, so that mode is rejected the same way.
 */
export const stabilityEngine: ModelEngine = (_baseModelId, body) => {
  const parsed = parseRequestBody(stabilityRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { prompt, aspect_ratio, seed, output_format, mode } = parsed.value;
  if (output_format !== "png") {
    return rejectedAsInvalid(`output_format ${output_format} is not supported by the local emulator, which draws PNG only; use png`);
  }
  if (mode !== "text-to-image") {
    return rejectedAsInvalid(`mode ${mode} is not supported by the local emulator; use text-to-image`);
  }
  // Seed 0 asks Stability for a random seed and the response reports the one used; the emulator
  // derives it from the prompt instead (never 0), so answers stay deterministic.
  const usedSeed = seed !== undefined && seed !== 0 ? seed : (hashText(prompt) % MAXIMUM_SEED) + 1;
  const [width, height] = SIZES_BY_ASPECT_RATIO[aspect_ratio];
  const image = paintPng({ prompt, seed: usedSeed, width, height, index: 0 }).toString("base64");
  return answered({ seeds: [usedSeed], finish_reasons: [null], images: [image] }, 0, 0);
};
