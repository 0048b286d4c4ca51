import { z } from "zod";
import { imageDataUriBytes, isImageDataUri } from "./data-uri";
import { quantizeEmbedding, type EmbeddingType } from "./embedding-quantizer";
import { answered } from "./engine-outcome";
import { embedImage } from "./image-embedder";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { stableUuid } from "./stable-hash";
import { embedText } from "./text-embedder";
import { countTokens } from "./tokenizer";
import { toUnitVector } from "./unit-vector";

// Limits from the Embed v3 and v4 parameters pages:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v3.html
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v4.html
const MAXIMUM_INPUTS = 96;
const V3_MAXIMUM_TEXT_LENGTH = 2048;
const V3_DIMENSIONS = 1024;

const imageUriSchema = z.string().refine(isImageDataUri, "must be a data:image/…;base64 URI");
const embeddingTypesSchema = z
  .array(z.enum(["float", "int8", "uint8", "binary", "ubinary"]))
  .min(1)
  .optional();

const v3RequestSchema = z
  .looseObject({
    texts: z.array(requestFields.prompt(V3_MAXIMUM_TEXT_LENGTH)).min(1).max(MAXIMUM_INPUTS).optional(),
    images: z.array(imageUriSchema).min(1).max(1).optional(),
    input_type: z.enum(["search_document", "search_query", "classification", "clustering", "image"]),
    truncate: z.enum(["NONE", "START", "END"]).optional(),
    embedding_types: embeddingTypesSchema,
  })
  .refine((request) => (request.texts === undefined) !== (request.images === undefined), {
    message: "exactly one of texts and images is required",
    path: ["texts"],
  });

const contentPartSchema = z.union([
  z.looseObject({ type: z.literal("text"), text: requestFields.prompt() }),
  z.looseObject({ type: z.literal("image_url"), image_url: imageUriSchema }),
]);

const v4RequestSchema = z
  .looseObject({
    texts: z.array(requestFields.prompt()).min(1).max(MAXIMUM_INPUTS).optional(),
    images: z.array(imageUriSchema).min(1).max(MAXIMUM_INPUTS).optional(),
    inputs: z
      .array(z.looseObject({ content: z.array(contentPartSchema).min(1) }))
      .min(1)
      .max(MAXIMUM_INPUTS)
      .optional(),
    input_type: z.enum(["search_document", "search_query", "classification", "clustering"]),
    output_dimension: z.union([z.literal(256), z.literal(512), z.literal(1024), z.literal(1536)]).default(1536),
    max_tokens: requestFields.tokenLimit().optional(),
    truncate: z.enum(["NONE", "LEFT", "RIGHT"]).optional(),
    embedding_types: embeddingTypesSchema,
  })
  .refine((request) => [request.texts, request.images, request.inputs].filter((input) => input !== undefined).length === 1, {
    message: "exactly one of texts, images and inputs is required",
    path: ["texts"],
  });

type ContentPart = z.infer<typeof contentPartSchema>;

/** One thing to embed: its text (for token counts) and its unnormalized vector. */
interface EmbeddedInput {
  text: string;
  counts: number[];
}

function embedParts(parts: readonly ContentPart[], dimensions: number): EmbeddedInput {
  const counts = new Array<number>(dimensions).fill(0);
  for (const part of parts) {
    const partCounts = part.type === "text" ? embedText(part.text, dimensions) : embedImage(imageDataUriBytes(part.image_url), dimensions);
    partCounts.forEach((value, index) => {
      counts[index] += value;
    });
  }
  const text = parts.map((part) => (part.type === "text" ? part.text : "")).join(" ");
  return { text, counts };
}

function embedInputs(texts: readonly string[] | undefined, images: readonly string[] | undefined, dimensions: number): EmbeddedInput[] {
  if (texts !== undefined) {
    return texts.map((text) => ({ text, counts: embedText(text, dimensions) }));
  }
  return (images ?? []).map((image) => ({ text: "", counts: embedImage(imageDataUriBytes(image), dimensions) }));
}

// Without embedding_types the vectors come as a plain list ("embeddings_floats"); with it, keyed
// by type ("embeddings_by_type"), as both pages show.
function embeddingsBody(vectors: readonly number[][], embeddingTypes: readonly EmbeddingType[] | undefined) {
  if (embeddingTypes === undefined) {
    return { embeddings: vectors, response_type: "embeddings_floats" };
  }
  const byType = Object.fromEntries(embeddingTypes.map((type) => [type, vectors.map((vector) => quantizeEmbedding(vector, type))]));
  return { embeddings: byType, response_type: "embeddings_by_type" };
}

function answerEmbedding(
  baseModelId: string,
  body: unknown,
  inputs: readonly EmbeddedInput[],
  embeddingTypes: readonly EmbeddingType[] | undefined,
  echoed: Record<string, unknown>,
) {
  const vectors = inputs.map((input) => toUnitVector(input.counts));
  const inputTokens = countTokens(...inputs.map((input) => input.text));
  const response = {
    id: stableUuid(`${baseModelId}\u0000${JSON.stringify(body)}`),
    ...embeddingsBody(vectors, embeddingTypes),
    ...echoed,
  };
  return answered(response, inputTokens, 0);
}

function answerVersion3(baseModelId: string, body: unknown) {
  const parsed = parseRequestBody(v3RequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { texts, images, embedding_types } = parsed.value;
  const inputs = embedInputs(texts, images, V3_DIMENSIONS);
  return answerEmbedding(baseModelId, body, inputs, embedding_types, { texts: texts ?? [] });
}

function answerVersion4(baseModelId: string, body: unknown) {
  const parsed = parseRequestBody(v4RequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { texts, images, inputs, output_dimension, embedding_types } = parsed.value;
  if (inputs !== undefined) {
    const embedded = inputs.map((input) => embedParts(input.content, output_dimension));
    return answerEmbedding(baseModelId, body, embedded, embedding_types, { texts: [], inputs });
  }
  const embedded = embedInputs(texts, images, output_dimension);
  return answerEmbedding(baseModelId, body, embedded, embedding_types, { texts: texts ?? [] });
}

/**
 * Cohere Embed v3 (`cohere.embed-english-v3`, `cohere.embed-multilingual-v3`, 1024 dimensions)
 * and v4 (`cohere.embed-v4`, 256–1536). Every input gets its own unit vector, in order.
 */
export const cohereEmbedEngine: ModelEngine = (baseModelId, body) =>
  baseModelId.startsWith("cohere.embed-v4") ? answerVersion4(baseModelId, body) : answerVersion3(baseModelId, body);
