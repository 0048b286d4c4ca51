import { fail, ok } from "../../lib/result";
import { type EmbeddingCodec } from "../codec.types";
import { decodeTitanEmbedText } from "./titan-embed-text.decode";

// Titan Text Embeddings V2 offers three vector lengths; 1024 is its default:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html
const ALLOWED_DIMENSIONS = [1024, 512, 256];

/** amazon.titan-embed-text-v2:0: `{inputText, dimensions, normalize}`. */
export const titanEmbedTextV2Codec: EmbeddingCodec = {
  family: "amazon-titan-embed-text-v2",
  displayName: "Amazon Titan Text Embeddings V2",
  modality: "EMBEDDING",
  encode(request) {
    if (request.dimensions !== undefined && !ALLOWED_DIMENSIONS.includes(request.dimensions)) {
      return fail({
        field: "dimensions",
        message: `Titan Text Embeddings V2 offers dimensions ${ALLOWED_DIMENSIONS.join(", ")}; got ${request.dimensions}`,
      });
    }
    if (request.inputType !== undefined) {
      return fail({ field: "inputType", message: "Titan Text Embeddings V2 embeds documents and queries alike; it takes no inputType" });
    }
    return ok({ inputText: request.text, dimensions: request.dimensions, normalize: request.normalize });
  },
  decode: decodeTitanEmbedText,
};
