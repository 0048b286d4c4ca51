import { fail, ok } from "../../lib/result";
import { type EmbeddingCodec } from "../codec.types";
import { parseWireBody } from "../parse-wire-body";
import { titanEmbedMultimodalResponseSchema } from "./titan-embed-multimodal.wire";

// The vector lengths Titan Multimodal Embeddings offers; 1024 is its default:
// https://docs.aws.amazon.com/bedrock/latest/userguide/titan-multiemb-models.html
const ALLOWED_DIMENSIONS = [256, 384, 1024];

/** amazon.titan-embed-image-v1, given text: `{inputText, embeddingConfig: {outputEmbeddingLength}}`. */
export const titanEmbedMultimodalCodec: EmbeddingCodec = {
  family: "amazon-titan-embed-multimodal",
  displayName: "Amazon Titan Multimodal Embeddings G1",
  modality: "EMBEDDING",
  encode(request) {
    if (request.dimensions !== undefined && !ALLOWED_DIMENSIONS.includes(request.dimensions)) {
      return fail({
        field: "dimensions",
        message: `Titan Multimodal Embeddings offers dimensions ${ALLOWED_DIMENSIONS.join(", ")}; got ${request.dimensions}`,
      });
    }
    if (request.normalize !== undefined) {
      return fail({ field: "normalize", message: "Titan Multimodal Embeddings has no normalize option" });
    }
    if (request.inputType !== undefined) {
      return fail({ field: "inputType", message: "Titan Multimodal Embeddings embeds documents and queries alike; it takes no inputType" });
    }
    const embeddingConfig = request.dimensions === undefined ? undefined : { outputEmbeddingLength: request.dimensions };
    return ok({ inputText: request.text, embeddingConfig });
  },
  decode(body) {
    const parsed = parseWireBody(titanEmbedMultimodalResponseSchema, body, "Titan Multimodal Embeddings");
    if (!parsed.ok) return parsed;
    return ok({
      modality: "EMBEDDING",
      vector: parsed.value.embedding,
      usage: { inputTokens: parsed.value.inputTextTokenCount ?? null, outputTokens: null },
    });
  },
};
