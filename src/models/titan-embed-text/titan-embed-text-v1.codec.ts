import { fail, ok } from "../../lib/result";
import { type EmbeddingCodec } from "../codec.types";
import { decodeTitanEmbedText } from "./titan-embed-text.decode";

// Titan Text Embeddings G1 always returns 1,536 floats and takes only `inputText`:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html
const DIMENSIONS = 1536;

/** amazon.titan-embed-text-v1: `{inputText}` in, one fixed-size vector out. */
export const titanEmbedTextV1Codec: EmbeddingCodec = {
  family: "amazon-titan-embed-text-v1",
  displayName: "Amazon Titan Text Embeddings G1",
  modality: "EMBEDDING",
  encode(request) {
    if (request.dimensions !== undefined && request.dimensions !== DIMENSIONS) {
      return fail({
        field: "dimensions",
        message: `Titan Text Embeddings G1 always returns ${DIMENSIONS} dimensions; use amazon.titan-embed-text-v2:0 for 256, 512 or 1024`,
      });
    }
    if (request.normalize !== undefined) {
      return fail({ field: "normalize", message: "Titan Text Embeddings G1 has no normalize option; amazon.titan-embed-text-v2:0 has" });
    }
    if (request.inputType !== undefined) {
      return fail({ field: "inputType", message: "Titan Text Embeddings G1 embeds documents and queries alike; it takes no inputType" });
    }
    return ok({ inputText: request.text });
  },
  decode: decodeTitanEmbedText,
};
