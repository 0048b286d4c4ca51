import { splitIntoPieces } from "./tokenizer";

/**
 * A text as stream pieces that join back into all of it: the tokenizer's pieces carry the
 * whitespace before each token, so whitespace after the last token (a line break after a
 * reasoning tag) becomes a piece of its own.
 */
export function exactPieces(text: string): string[] {
  const pieces = splitIntoPieces(text);
  const rest = text.slice(pieces.join("").length);
  return rest.length > 0 ? [...pieces, rest] : pieces;
}
