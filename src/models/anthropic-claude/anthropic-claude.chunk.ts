import { ok, type Result } from "../../lib/result";
import { type CodecProblem, type TextChunk } from "../codec.types";
import { parseWireBody } from "../parse-wire-body";
import { claudeChunkKindSchema, claudeContentDeltaSchema, claudeMessageDeltaSchema, claudeMessageStartSchema } from "./anthropic-claude.wire";

const FORMAT = "Anthropic Claude stream chunk";

/**
 * Reads one Claude stream event: text from text deltas, input tokens from `message_start`, the
 * stop reason and output tokens from `message_delta`. Other events (content_block_start/stop,
 * message_stop, ping) add nothing.
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
    case "content_block_delta": {
      const content = parseWireBody(claudeContentDeltaSchema, chunk, FORMAT);
      if (!content.ok) return content;
      const { delta } = content.value;
      return ok({ text: delta.type === "text_delta" ? (delta.text ?? "") : "" });
    }
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
