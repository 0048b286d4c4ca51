import { countTokens } from "./tokenizer";

/** One generated piece as a family's stream chunk reports it. */
export interface StreamPiece {
  text: string;
  first: boolean;
  last: boolean;
  /** Output tokens up to and including this piece. */
  tokensSoFar: number;
}

/**
 * The generated pieces, one per chunk, for families whose every chunk carries text and whose
 * last one carries the stop reason. An empty reply still streams one empty piece, because the
 * stop reason (and Bedrock's metrics) need a chunk to travel in.
 */
export function streamPieces(pieces: readonly string[]): StreamPiece[] {
  const texts = pieces.length === 0 ? [""] : pieces;
  let tokensSoFar = 0;
  return texts.map((text, index) => {
    tokensSoFar += countTokens(text);
    return { text, first: index === 0, last: index === texts.length - 1, tokensSoFar };
  });
}
