import { type StreamChunk } from "./engine.types";
import { streamPieces } from "./stream-pieces";

/**
 * A Mistral text completion as Bedrock streams it: each chunk in the response's `outputs`
 * shape, the stop reason null until the last.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html
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
