import { z } from "zod";

/** A content block of a Claude Messages request (same page as the body); `cache_control` closes a cacheable prefix. */
export type ClaudeBlock = (
  | { type: "text"; text: string }
  | { type: "image"; source: { type: "base64"; media_type: string; data: string } }
  | {
      type: "document";
      source: { type: "base64"; media_type: "application/pdf"; data: string } | { type: "text"; media_type: "text/plain"; data: string };
      title?: string;
    }
  | { type: "tool_use"; id: string; name: string; input: unknown }
  | { type: "tool_result"; tool_use_id: string; content: Array<{ type: "text"; text: string }>; is_error?: boolean }
  | { type: "thinking"; thinking: string; signature: string }
  | { type: "redacted_thinking"; data: string }
) & { cache_control?: { type: "ephemeral" } };

/** One turn of a Claude Messages request. */
export interface ClaudeMessage {
  role: "user" | "assistant";
  content: ClaudeBlock[];
}

export interface ClaudeTool {
  name: string;
  description?: string;
  input_schema: Record<string, unknown>;
}

export type ClaudeToolChoice = { type: "auto" } | { type: "any" } | { type: "none" } | { type: "tool"; name: string };

/**
 * The Claude Messages request body on Bedrock:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
 * Extended thinking (`thinking`, budget at least 1,024 tokens and below `max_tokens`):
 * https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html
 */
export interface ClaudeRequestBody {
  anthropic_version: "bedrock-2023-05-31";
  max_tokens: number;
  messages: ClaudeMessage[];
  system?: string;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  stop_sequences?: string[];
  tools?: ClaudeTool[];
  tool_choice?: ClaudeToolChoice;
  thinking?: { type: "enabled"; budget_tokens: number };
}

/**
 * A Claude Messages answer: content blocks (text, tool_use, thinking, redacted_thinking), why it
 * stopped, and token usage with prompt-cache counts (same page).
 */
export const claudeResponseSchema = z.object({
  content: z.array(
    z.object({
      type: z.string(),
      text: z.string().optional(),
      id: z.string().optional(),
      name: z.string().optional(),
      input: z.unknown().optional(),
      thinking: z.string().optional(),
      signature: z.string().optional(),
      data: z.string().optional(),
    }),
  ),
  stop_reason: z.string().nullable(),
  usage: z.object({
    input_tokens: z.number(),
    output_tokens: z.number(),
    cache_creation_input_tokens: z.number().nullish(),
    cache_read_input_tokens: z.number().nullish(),
  }),
});

/** Every Claude stream chunk names its event in `type` (same page). */
export const claudeChunkKindSchema = z.object({ type: z.string() });

/** `message_start`: the message so far, with the prompt's token count. */
export const claudeMessageStartSchema = z.object({
  message: z.object({ usage: z.object({ input_tokens: z.number() }) }),
});

/** `content_block_start`: a block opens; a tool_use block names its call, a redacted_thinking block carries its data whole. */
export const claudeBlockStartSchema = z.object({
  index: z.number(),
  content_block: z.object({ type: z.string(), id: z.string().optional(), name: z.string().optional(), data: z.string().optional() }),
});

/** `content_block_delta`: text_delta, input_json_delta (a piece of a tool call's input), thinking_delta, signature_delta. */
export const claudeContentDeltaSchema = z.object({
  index: z.number(),
  delta: z.object({
    type: z.string(),
    text: z.string().optional(),
    partial_json: z.string().optional(),
    thinking: z.string().optional(),
    signature: z.string().optional(),
  }),
});

/** `message_delta`: why the message stopped, and the output token count so far. */
export const claudeMessageDeltaSchema = z.object({
  delta: z.object({ stop_reason: z.string().nullish() }),
  usage: z.object({ output_tokens: z.number() }).nullish(),
});
