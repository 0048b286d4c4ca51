import { type StreamChunk } from "./engine.types";
import { streamPieces } from "./stream-pieces";

/** The parts of a Titan Text response its stream repeats. */
interface TitanTextResponse {
  inputTextTokenCount: number;
  results: ReadonlyArray<{ tokenCount: number; completionReason: string }>;
}

/**
 * A Titan Text answer as Bedrock streams it, as captures of the real service show: every chunk has
 * outputText and index; the input count comes on the first, the output total and completion reason
 * on the last. Titan Text's fields: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-text.html
 */
export function titanTextStreamChunks(response: TitanTextResponse, pieces: readonly string[]): StreamChunk[] {
  const [result] = response.results;
  return streamPieces(pieces).map((piece) => ({
    outputText: piece.text,
    index: 0,
    totalOutputTextTokenCount: piece.last ? result.tokenCount : null,
    completionReason: piece.last ? result.completionReason : null,
    inputTextTokenCount: piece.first ? response.inputTextTokenCount : null,
  }));
}
