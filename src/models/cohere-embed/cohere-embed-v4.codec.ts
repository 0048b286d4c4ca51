import { type EmbeddingCodec } from "../codec.types";
import { COHERE_EMBED_MAXIMUM_TEXTS, decodeCohereEmbedBatch, encodeCohereEmbedBatch } from "./cohere-embed-batch";
import { decodeCohereEmbedding } from "./cohere-embed.decode";

/** cohere.embed-v4:0: `{texts, input_type, output_dimension, embedding_types}`, 256 to 1536 dimensions. */
export const cohereEmbedV4Codec: EmbeddingCodec = {
  family: "cohere-embed-v4",
  displayName: "Cohere Embed v4",
  modality: "EMBEDDING",
  encode: (request, modelId) => encodeCohereEmbedBatch([request.text], request, modelId),
  decode: decodeCohereEmbedding,
  batching: { maxInputsPerCall: COHERE_EMBED_MAXIMUM_TEXTS, encodeBatch: encodeCohereEmbedBatch, decodeBatch: decodeCohereEmbedBatch },
};
