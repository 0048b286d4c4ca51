import { type StreamChunk } from "./engine.types";
import { streamPieces } from "./stream-pieces";

/** A DeepSeek-R1 answer streamed in the response's `choices` shape, the stop reason null until the last. */
export function deepSeekR1StreamChunks(stopReason: string, pieces: readonly string[]): StreamChunk[] {
  return streamPieces(pieces).map((piece) => ({
    choices: [{ text: piece.text, stop_reason: piece.last ? stopReason : null }],
  }));
}
