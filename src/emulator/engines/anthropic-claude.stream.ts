import { inputPieces } from "./conversation-reply";
import { type StreamChunk } from "./engine.types";
import { splitIntoPieces } from "./tokenizer";

/** A block of a Claude answer, as the one-shot response holds it. */
export type ClaudeAnswerBlock =
  | { type: "text"; text: string }
  | { type: "thinking"; thinking: string; signature: string }
  | { type: "tool_use"; id: string; name: string; input: unknown };

/** The parts of a Claude Messages response its stream repeats. */
interface ClaudeMessage {
  id: string;
  model: string;
  content: ClaudeAnswerBlock[];
  stop_reason: string;
  stop_sequence: string | null;
  usage: { input_tokens: number; output_tokens: number };
}

function blockChunks(block: ClaudeAnswerBlock, index: number, textPieces: readonly string[]): StreamChunk[] {
  switch (block.type) {
    case "text":
      return [
        { type: "content_block_start", index, content_block: { type: "text", text: "" } },
        ...textPieces.map((text) => ({ type: "content_block_delta", index, delta: { type: "text_delta", text } })),
      ];
    case "thinking":
      return [
        { type: "content_block_start", index, content_block: { type: "thinking", thinking: "" } },
        ...splitIntoPieces(block.thinking).map((thinking) => ({ type: "content_block_delta", index, delta: { type: "thinking_delta", thinking } })),
        // The signature comes last, just before the block closes.
        { type: "content_block_delta", index, delta: { type: "signature_delta", signature: block.signature } },
      ];
    case "tool_use":
      return [
        { type: "content_block_start", index, content_block: { type: "tool_use", id: block.id, name: block.name, input: {} } },
        ...inputPieces(block.input).map((partial_json) => ({
          type: "content_block_delta",
          index,
          delta: { type: "input_json_delta", partial_json },
        })),
      ];
  }
}

/**
 * A Claude answer as Bedrock streams it: message_start, each block opened, its deltas (text,
 * thinking then signature, or a tool call's input JSON in pieces), closed, then message_delta
 * with the stop reason and message_stop.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
 */
export function claudeStreamChunks(message: ClaudeMessage, textPieces: readonly string[]): StreamChunk[] {
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
    ...message.content.flatMap((block, index) => [...blockChunks(block, index, textPieces), { type: "content_block_stop", index }]),
    {
      type: "message_delta",
      delta: { stop_reason: message.stop_reason, stop_sequence: message.stop_sequence },
      usage: { output_tokens: message.usage.output_tokens },
    },
    { type: "message_stop" },
  ];
}
