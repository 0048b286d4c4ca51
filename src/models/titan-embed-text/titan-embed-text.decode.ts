import { ok, type Result } from "../../lib/result";
import { type CodecProblem } from "../codec.types";
import { type Embedding } from "../invocation.types";
import { parseWireBody } from "../parse-wire-body";
import { titanEmbedTextResponseSchema } from "./titan-embed-text.wire";

/** Reads a Titan Text Embeddings answer; G1 and V2 share it. Embedding models report no output tokens. */
export function decodeTitanEmbedText(body: unknown): Result<Embedding, CodecProblem> {
  const parsed = parseWireBody(titanEmbedTextResponseSchema, body, "Titan Text Embeddings");
  if (!parsed.ok) return parsed;
  return ok({
    modality: "EMBEDDING",
    vector: parsed.value.embedding,
    usage: { inputTokens: parsed.value.inputTextTokenCount, outputTokens: null },
  });
}
