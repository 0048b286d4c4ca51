import { ok, type Result } from "../../lib/result";
import { type CodecProblem, type TextChunk } from "../codec.types";
import { parseWireBody } from "../parse-wire-body";
import {
  claudeBlockStartSchema,
  claudeChunkKindSchema,
  claudeContentDeltaSchema,
  claudeMessageDeltaSchema,
  claudeMessageStartSchema,
} from "./anthropic-claude.wire";

const FORMAT = "Anthropic Claude stream chunk";

function readBlockStart(chunk: unknown): Result<TextChunk, CodecProblem> {
  const start = parseWireBody(claudeBlockStartSchema, chunk, FORMAT);
  if (!start.ok) return start;
  const { index, content_block: block } = start.value;
  if (block.type === "tool_use") return ok({ text: "", toolCalls: [{ key: index, id: block.id, name: block.name, inputJson: "" }] });
  if (block.type === "redacted_thinking" && block.data !== undefined) return ok({ text: "", reasoning: { text: "", redactedData: block.data } });
  return ok({ text: "" });
}

function readBlockDelta(chunk: unknown): Result<TextChunk, CodecProblem> {
  const content = parseWireBody(claudeContentDeltaSchema, chunk, FORMAT);
  if (!content.ok) return content;
  const { index, delta } = content.value;
  switch (delta.type) {
    case "text_delta":
      return ok({ text: delta.text ?? "" });
    case "input_json_delta":
      return ok({ text: "", toolCalls: [{ key: index, inputJson: delta.partial_json ?? "" }] });
    case "thinking_delta":
      return ok({ text: "", reasoning: { text: delta.thinking ?? "" } });
    case "signature_delta":
      return ok({ text: "", reasoning: { text: "", signature: delta.signature } });
    default:
      return ok({ text: "" });
  }
}

/**
 * Reads one Claude stream event: text, tool-call and reasoning pieces from content blocks,
 * input tokens from `message_start`, the stop reason and output tokens from `message_delta`.
 * Other events (content_block_stop, message_stop, ping) add nothing.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
 */
export function decodeClaudeChunk(chunk: unknown): Result<TextChunk, CodecProblem> {
  const kind = parseWireBody(claudeChunkKindSchema, chunk, FORMAT);
  if (!kind.ok) return kind;
  switch (kind.value.type) {
    case "message_start": {
      const start = parseWireBody(claudeMessageStartSchema, chunk, FORMAT);
      return start.ok ? ok({ text: "", inputTokens: start.value.message.usage.input_tokens }) : start;
    }
    case "content_block_start":
      return readBlockStart(chunk);
    case "content_block_delta":
      return readBlockDelta(chunk);
    case "message_delta": {
      const message = parseWireBody(claudeMessageDeltaSchema, chunk, FORMAT);
      if (!message.ok) return message;
      const { delta, usage } = message.value;
      return ok({ text: "", stopReason: delta.stop_reason ?? undefined, outputTokens: usage?.output_tokens });
    }
    default:
      return ok({ text: "" });
  }
}
