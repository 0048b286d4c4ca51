import { z } from "zod";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { embedText } from "./text-embedder";
import { countTokens } from "./tokenizer";
import { toUnitVector } from "./unit-vector";

// Limits from the Titan Text Embeddings parameters page:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html
const MAXIMUM_INPUT_TOKENS = 8192;
const V2_MAXIMUM_INPUT_CHARACTERS = 50_000;
const V1_DIMENSIONS = 1536;

const inputTextSchema = requestFields
  .prompt()
  .refine((text) => countTokens(text) <= MAXIMUM_INPUT_TOKENS, `must be at most ${MAXIMUM_INPUT_TOKENS} tokens`);

const v1RequestSchema = z.looseObject({ inputText: inputTextSchema });

const v2RequestSchema = z.looseObject({
  inputText: inputTextSchema.refine(
    (text) => text.length <= V2_MAXIMUM_INPUT_CHARACTERS,
    `must be at most ${V2_MAXIMUM_INPUT_CHARACTERS} characters`,
  ),
  dimensions: z.union([z.literal(1024), z.literal(512), z.literal(256)]).default(1024),
  normalize: z.boolean().default(true),
  embeddingTypes: z
    .array(z.enum(["float", "binary"]))
    .min(1)
    .default(["float"]),
});

// G1 has no normalize switch; the emulator returns unit vectors, the common case for retrieval.
function answerVersion1(body: unknown) {
  const parsed = parseRequestBody(v1RequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const inputTextTokenCount = countTokens(parsed.value.inputText);
  const embedding = toUnitVector(embedText(parsed.value.inputText, V1_DIMENSIONS));
  return answered({ embedding, inputTextTokenCount }, inputTextTokenCount, 0);
}

function answerVersion2(body: unknown) {
  const parsed = parseRequestBody(v2RequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { inputText, dimensions, normalize, embeddingTypes } = parsed.value;
  const inputTextTokenCount = countTokens(inputText);
  const counts = embedText(inputText, dimensions);
  const embedding = normalize ? toUnitVector(counts) : counts;
  // embeddingsByType.float is always present; binary (one 0/1 per dimension) only on request.
  const embeddingsByType = embeddingTypes.includes("binary")
    ? { float: embedding, binary: embedding.map((value) => (value > 0 ? 1 : 0)) }
    : { float: embedding };
  return answered({ embedding, inputTextTokenCount, embeddingsByType }, inputTextTokenCount, 0);
}

/** Titan Text Embeddings G1 (`amazon.titan-embed-text-v1`) and V2 (`amazon.titan-embed-text-v2:0`). */
export const titanTextEmbeddingsEngine: ModelEngine = (baseModelId, body) =>
  baseModelId.startsWith("amazon.titan-embed-text-v1") ? answerVersion1(body) : answerVersion2(body);
