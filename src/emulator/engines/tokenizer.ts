/**
 * The emulator's notion of a token: a run of letters and digits (with inner apostrophes, so
 * "don't" is one) or a single punctuation mark. Real tokenizers differ per model; the emulator
 * only needs one rule that the generator, the counters and the tests share.
 */
const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Each piece is one token with the whitespace before it, so pieces join back into the text. */
const PIECE_PATTERN = /\s*(?:[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}])/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? [];
}

export function countTokens(...texts: readonly string[]): number {
  return texts.reduce((total, text) => total + tokenize(text).length, 0);
}

export function splitIntoPieces(text: string): string[] {
  return text.match(PIECE_PATTERN) ?? [];
}
