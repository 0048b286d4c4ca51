import { type StreamChunk } from "./engine.types";
import { type OpenAiReply } from "./openai-chat.engine";
import { openAiChatDeltas } from "./openai-chat.stream";
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

/**
 * A Mistral chat completion streamed in the response's `choices` shape, each piece under `message`
 * as Bedrock's Mistral chat pages show the stream: the role, content pieces, a tool call named then
 * its arguments in pieces, and the stop reason last.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-large-2407.html
 */
export function mistralChatStreamChunks(reply: OpenAiReply): StreamChunk[] {
  return openAiChatDeltas(reply).map(({ delta, finishReason }) => ({ choices: [{ index: 0, message: delta, stop_reason: finishReason }] }));
}
