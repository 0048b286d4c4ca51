import { type StreamChunk } from "./engine.types";

/** The parts of a Claude Messages response its stream repeats. */
interface ClaudeMessage {
  id: string;
  model: string;
  stop_reason: string;
  stop_sequence: string | null;
  usage: { input_tokens: number; output_tokens: number };
}

/**
 * A Claude answer as Bedrock streams it: message_start, one text block opened, one text_delta
 * per piece, closed, then message_delta with the stop reason and message_stop.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
 */
export function claudeStreamChunks(message: ClaudeMessage, pieces: readonly string[]): StreamChunk[] {
  return [
    {
      type: "message_start",
      message: {
        id: message.id,
        type: "message",
        role: "assistant",
        model: message.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        // Claude reports one output token at the start; the full count comes in message_delta.
        usage: { input_tokens: message.usage.input_tokens, output_tokens: 1 },
      },
    },
    { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
    ...pieces.map((text) => ({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } })),
    { type: "content_block_stop", index: 0 },
    {
      type: "message_delta",
      delta: { stop_reason: message.stop_reason, stop_sequence: message.stop_sequence },
      usage: { output_tokens: message.usage.output_tokens },
    },
    { type: "message_stop" },
  ];
}
