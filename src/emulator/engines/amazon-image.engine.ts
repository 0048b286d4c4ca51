import { z } from "zod";
import { answered, rejectedAsInvalid } from "./engine-outcome";
import { paintPng } from "./image-painter";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { hashText } from "./stable-hash";

interface ImageModelLimits {
  maximumPromptLength: number;
  maximumSeed: number;
  /** Whether width × height is an accepted size; the message says what is accepted. */
  acceptsSize: (width: number, height: number) => boolean;
  sizeRule: string;
}

// Titan Image Generator: 512-character prompts, seeds 0–2,147,483,646, and a fixed list of
// sizes from 320 to 1408 pixels a side that are all multiples of 64:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-image.html
const TITAN_LIMITS: ImageModelLimits = {
  maximumPromptLength: 512,
  maximumSeed: 2_147_483_646,
  acceptsSize: (width, height) => [width, height].every((side) => side >= 320 && side <= 1408 && side % 64 === 0),
  sizeRule: "width and height must be multiples of 64 between 320 and 1408",
};

// Nova Canvas: 1,024-character prompts, seeds 0–858,993,459, sides 320–4096 and divisible by 16, aspect
// ratio within 1:4…4:1, at most 4,194,304 pixels (Amazon Nova user guide: https://docs.aws.amazon.com/nova/latest/userguide/invoke.html).
const NOVA_CANVAS_LIMITS: ImageModelLimits = {
  maximumPromptLength: 1024,
  maximumSeed: 858_993_459,
  acceptsSize: (width, height) =>
    [width, height].every((side) => side >= 320 && side <= 4096 && side % 16 === 0) &&
    Math.max(width, height) <= 4 * Math.min(width, height) &&
    width * height <= 4_194_304,
  sizeRule: "width and height must be divisible by 16 between 320 and 4096, " + "with an aspect ratio within 1:4 to 4:1 and at most 4194304 pixels",
};

const DEFAULT_SIDE = 1024;

function imageRequestSchema(limits: ImageModelLimits) {
  return z
    .looseObject({
      taskType: z.string(),
      textToImageParams: z
        .looseObject({
          text: requestFields.prompt(limits.maximumPromptLength),
          negativeText: z.string().min(1).max(limits.maximumPromptLength).optional(),
        })
        .optional(),
      imageGenerationConfig: z
        .looseObject({
          numberOfImages: z.number().int().min(1).max(5).default(1),
          width: z.number().int().default(DEFAULT_SIDE),
          height: z.number().int().default(DEFAULT_SIDE),
          cfgScale: z.number().min(1.1).max(10).optional(),
          seed: z.number().int().min(0).max(limits.maximumSeed).optional(),
          quality: z.enum(["standard", "premium"]).optional(),
        })
        .refine((config) => limits.acceptsSize(config.width, config.height), {
          message: limits.sizeRule,
          path: ["width"],
        })
        .default({ numberOfImages: 1, width: DEFAULT_SIDE, height: DEFAULT_SIDE }),
    })
    .refine((request) => request.taskType !== "TEXT_IMAGE" || request.textToImageParams !== undefined, {
      message: "required for taskType TEXT_IMAGE",
      path: ["textToImageParams"],
    });
}

/**
 * Titan Image Generator v1/v2 (`amazon.titan-image-generator-*`) and Nova Canvas
 * (`amazon.nova-canvas-*`), which share one body shape. Only TEXT_IMAGE is emulated: the editing
 * tasks need a picture to edit, which this painter cannot read.
 */
export const amazonImageEngine: ModelEngine = (baseModelId, body) => {
  const limits = baseModelId.startsWith("amazon.nova-canvas") ? NOVA_CANVAS_LIMITS : TITAN_LIMITS;
  const parsed = parseRequestBody(imageRequestSchema(limits), body);
  if (!parsed.ok) {
    return parsed;
  }
  const { taskType, textToImageParams, imageGenerationConfig } = parsed.value;
  if (taskType !== "TEXT_IMAGE" || textToImageParams === undefined) {
    return rejectedAsInvalid(`taskType ${taskType} is not supported by the local emulator; use TEXT_IMAGE`);
  }
  const prompt = textToImageParams.text;
  // Without a seed the emulator derives one from the prompt, so the answer stays deterministic.
  const seed = imageGenerationConfig.seed ?? hashText(prompt) % (limits.maximumSeed + 1);
  const { numberOfImages, width, height } = imageGenerationConfig;
  const images = Array.from({ length: numberOfImages }, (_, index) => paintPng({ prompt, seed, width, height, index }).toString("base64"));
  return answered({ images, error: null }, 0, 0);
};
