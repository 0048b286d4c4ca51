import { z } from "zod";

/** One turn of a Claude Messages request; the gateway sends text blocks only. */
export interface ClaudeMessage {
  role: "user" | "assistant";
  content: Array<{ type: "text"; text: string }>;
}

/**
 * The Claude Messages request body on Bedrock:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
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
}

/**
 * A Claude Messages answer: content blocks (text, tool_use, thinking…), why it stopped, and
 * token usage (same page). Only text blocks carry `text`.
 */
export const claudeResponseSchema = z.object({
  content: z.array(z.object({ type: z.string(), text: z.string().optional() })),
  stop_reason: z.string().nullable(),
  usage: z.object({ input_tokens: z.number(), output_tokens: z.number() }),
});

/** Every Claude stream chunk names its event in `type` (same page). */
export const claudeChunkKindSchema = z.object({ type: z.string() });

/** `message_start`: the message so far, with the prompt's token count. */
export const claudeMessageStartSchema = z.object({
  message: z.object({ usage: z.object({ input_tokens: z.number() }) }),
});

/** `content_block_delta`: a text_delta carries text; input_json, thinking and signature deltas do not. */
export const claudeContentDeltaSchema = z.object({
  delta: z.object({ type: z.string(), text: z.string().optional() }),
});

/** `message_delta`: why the message stopped, and the output token count so far. */
export const claudeMessageDeltaSchema = z.object({
  delta: z.object({ stop_reason: z.string().nullish() }),
  usage: z.object({ output_tokens: z.number() }).nullish(),
});
