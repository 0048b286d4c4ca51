import { z } from "zod";
import { answered } from "./engine-outcome";
import { embedImage } from "./image-embedder";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { embedText } from "./text-embedder";
import { countTokens } from "./tokenizer";
import { toUnitVector } from "./unit-vector";

// AWS pages give 128 or 256 tokens for the text limit; the emulator enforces the larger so it never
// rejects a body the service accepts. https://docs.aws.amazon.com/bedrock/latest/userguide/titan-multiemb-models.html
const MAXIMUM_INPUT_TOKENS = 256;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const multimodalRequestSchema = z
  .looseObject({
    inputText: requestFields
      .prompt()
      .refine((text) => countTokens(text) <= MAXIMUM_INPUT_TOKENS, `must be at most ${MAXIMUM_INPUT_TOKENS} tokens`)
      .optional(),
    inputImage: z.string().regex(BASE64, "must be a base64-encoded image").optional(),
    embeddingConfig: z
      .looseObject({
        outputEmbeddingLength: z.union([z.literal(256), z.literal(384), z.literal(1024)]).default(1024),
      })
      .default({ outputEmbeddingLength: 1024 }),
  })
  .refine((request) => request.inputText !== undefined || request.inputImage !== undefined, {
    message: "at least one of inputText and inputImage is required",
    path: ["inputText"],
  });

/**
 * Titan Multimodal Embeddings G1 (`amazon.titan-embed-image-v1`): text, an image, or both in one
 * vector (the emulator adds their feature counts before normalizing).
 */
export const titanMultimodalEmbeddingsEngine: ModelEngine = (_baseModelId, body) => {
  const parsed = parseRequestBody(multimodalRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { inputText, inputImage, embeddingConfig } = parsed.value;
  const dimensions = embeddingConfig.outputEmbeddingLength;
  const textCounts = embedText(inputText ?? "", dimensions);
  const imageCounts = embedImage(Buffer.from(inputImage ?? "", "base64"), dimensions);
  const embedding = toUnitVector(textCounts.map((value, index) => value + imageCounts[index]));
  const inputTextTokenCount = countTokens(inputText ?? "");
  return answered({ embedding, inputTextTokenCount }, inputTextTokenCount, 0);
};
