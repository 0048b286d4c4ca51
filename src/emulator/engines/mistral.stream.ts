import { type StreamChunk } from "./engine.types";
import { streamPieces } from "./stream-pieces";

/**
 * A Mistral text completion as Bedrock streams it (reference §5.11): each chunk in the
 * response's `outputs` shape, the stop reason null until the last.
 */
export function mistralCompletionStreamChunks(stopReason: string, pieces: readonly string[]): StreamChunk[] {
  return streamPieces(pieces).map((piece) => ({
    outputs: [{ text: piece.text, stop_reason: piece.last ? stopReason : null }],
  }));
}

/** A Mistral chat completion streamed the same way, each chunk in the response's `choices` shape. */
export function mistralChatStreamChunks(stopReason: string, pieces: readonly string[]): StreamChunk[] {
  return streamPieces(pieces).map((piece) => ({
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: piece.text },
        stop_reason: piece.last ? stopReason : null,
      },
    ],
  }));
}
