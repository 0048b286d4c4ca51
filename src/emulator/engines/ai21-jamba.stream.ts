import { type StreamChunk } from "./engine.types";
import { type OpenAiReply } from "./openai-chat.engine";
import { openAiChatDeltas } from "./openai-chat.stream";

/** The parts of a Jamba chat completion its stream repeats. */
interface JambaResponse {
  id: string;
  usage: Readonly<Record<string, number>>;
}

/**
 * A Jamba answer streamed OpenAI-style: for each choice in turn, under its index, a delta naming
 * the assistant role, content pieces or a tool call named then its arguments in pieces, and an
 * empty delta with the finish reason; usage rides on the very last chunk.
 * Jamba's fields: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html
 */
export function jambaStreamChunks(response: JambaResponse, replies: readonly OpenAiReply[]): StreamChunk[] {
  const chunks: StreamChunk[] = replies.flatMap((reply, index) =>
    openAiChatDeltas(reply).map(({ delta, finishReason }) => ({ id: response.id, choices: [{ index, delta, finish_reason: finishReason }] })),
  );
  const last = chunks.length - 1;
  chunks[last] = { ...chunks[last], usage: response.usage };
  return chunks;
}
