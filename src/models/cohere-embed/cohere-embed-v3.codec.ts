import { type EmbeddingCodec } from "../codec.types";
import { COHERE_EMBED_MAXIMUM_TEXTS, decodeCohereEmbedBatch, encodeCohereEmbedBatch } from "./cohere-embed-batch";
import { decodeCohereEmbedding } from "./cohere-embed.decode";

/** cohere.embed-english-v3 and cohere.embed-multilingual-v3: `{texts, input_type}`, 1024 dimensions. */
export const cohereEmbedV3Codec: EmbeddingCodec = {
  family: "cohere-embed-v3",
  displayName: "Cohere Embed v3",
  modality: "EMBEDDING",
  encode: (request, modelId) => encodeCohereEmbedBatch([request.text], request, modelId),
  decode: decodeCohereEmbedding,
  batching: { maxInputsPerCall: COHERE_EMBED_MAXIMUM_TEXTS, encodeBatch: encodeCohereEmbedBatch, decodeBatch: decodeCohereEmbedBatch },
};
