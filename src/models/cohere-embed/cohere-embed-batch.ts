import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem, type EmbeddingOptions } from "../codec.types";
import { type EmbeddingPurpose } from "../invocation.types";
import { parseWireBody } from "../parse-wire-body";
import { cohereEmbedResponseSchema } from "./cohere-embed.wire";

export interface CohereEmbedBody {
  texts: string[];
  input_type: string;
  output_dimension?: number;
  embedding_types?: string[];
}

// Both versions take at most 96 texts per call:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v3.html
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v4.html
export const COHERE_EMBED_MAXIMUM_TEXTS = 96;

const INPUT_TYPES: Record<EmbeddingPurpose, string> = {
  SEARCH_DOCUMENT: "search_document",
  SEARCH_QUERY: "search_query",
  CLASSIFICATION: "classification",
  CLUSTERING: "clustering",
};

interface CohereEmbedVersion {
  name: string;
  /** Vector lengths the version offers; the first is its default. */
  dimensions: number[];
  /** Whether the body may carry `output_dimension` (v4 only). */
  choosesDimension: boolean;
  /** Longest text the version accepts, in characters; null when only a token limit is documented. */
  maximumTextLength: number | null;
}

// v3: 1024-dimension vectors, texts of at most 2,048 characters. v4: 256–1536 dimensions via
// output_dimension (default 1536), limited by tokens (~128k) rather than characters (same pages).
const VERSION_3: CohereEmbedVersion = { name: "Cohere Embed v3", dimensions: [1024], choosesDimension: false, maximumTextLength: 2048 };
const VERSION_4: CohereEmbedVersion = {
  name: "Cohere Embed v4",
  dimensions: [1536, 1024, 512, 256],
  choosesDimension: true,
  maximumTextLength: null,
};

function versionOf(modelId: string): CohereEmbedVersion {
  return modelId.startsWith("cohere.embed-v4") ? VERSION_4 : VERSION_3;
}

/** Builds one InvokeModel body embedding up to 96 texts at once; `modelId` is the base model id. */
export function encodeCohereEmbedBatch(texts: string[], options: EmbeddingOptions, modelId: string): Result<CohereEmbedBody, CodecProblem> {
  const version = versionOf(modelId);
  if (texts.length < 1 || texts.length > COHERE_EMBED_MAXIMUM_TEXTS) {
    return fail({ field: "text", message: `${version.name} embeds 1 to ${COHERE_EMBED_MAXIMUM_TEXTS} texts per call; got ${texts.length}` });
  }
  const maximum = version.maximumTextLength;
  if (maximum !== null && texts.some((text) => text.length > maximum)) {
    return fail({ field: "text", message: `${version.name} accepts texts of at most ${maximum} characters` });
  }
  if (options.dimensions !== undefined && !version.dimensions.includes(options.dimensions)) {
    return fail({ field: "dimensions", message: `${version.name} offers dimensions ${version.dimensions.join(", ")}; got ${options.dimensions}` });
  }
  if (options.normalize !== undefined) {
    return fail({ field: "normalize", message: `${version.name} has no normalize option` });
  }
  // Cohere requires input_type. Most embeddings are of texts to be stored and searched later,
  // so an unstated purpose is taken as a document; a caller embedding a query says SEARCH_QUERY.
  const body: CohereEmbedBody = { texts, input_type: INPUT_TYPES[options.inputType ?? "SEARCH_DOCUMENT"] };
  if (version.choosesDimension) {
    body.output_dimension = options.dimensions;
    // Asking for float vectors by name fixes v4's answer to the `embeddings_by_type` form.
    body.embedding_types = ["float"];
  }
  return ok(body);
}

/** Reads a Cohere Embed answer: one float vector per text, in the order the texts were sent. */
export function decodeCohereEmbedBatch(body: unknown): Result<number[][], CodecProblem> {
  const parsed = parseWireBody(cohereEmbedResponseSchema, body, "Cohere Embed");
  if (!parsed.ok) return parsed;
  const { embeddings } = parsed.value;
  return ok(Array.isArray(embeddings) ? embeddings : embeddings.float);
}
