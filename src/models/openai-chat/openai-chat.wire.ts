import { z } from "zod";

/**
 * The OpenAI-style chat-completions shape that several Bedrock families take on InvokeModel
 * (AI21 Jamba, Mistral chat completion and Pixtral, OpenAI gpt-oss, Qwen3). Each family's codec
 * cites its own page for the fields it documents.
 */
export type OpenAiContentPart = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string } };

export interface OpenAiToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

export interface OpenAiMessage {
  role: "system" | "developer" | "user" | "assistant" | "tool";
  content: string | OpenAiContentPart[];
  tool_calls?: OpenAiToolCall[];
  tool_call_id?: string;
}

export interface OpenAiTool {
  type: "function";
  function: { name: string; description?: string; parameters: Record<string, unknown> };
}

export type OpenAiToolChoice = "auto" | "none" | "any" | "required" | { type: "function"; function: { name: string } };

export interface OpenAiResponseFormat {
  type: "json_schema";
  json_schema: { name: string; description?: string; schema: Record<string, unknown>; strict?: boolean };
}

const toolCallSchema = z.object({
  id: z.string().nullish(),
  function: z.object({ name: z.string(), arguments: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish() }),
});

const usageSchema = z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish();

/**
 * A chat completion: `choices[0].message` with content (null when the model only called tools),
 * tool calls, and reasoning where the family returns it in a field of its own; why it stopped, in
 * `finish_reason` (Mistral writes `stop_reason`); usage where the family reports it.
 */
export const openAiChatResponseSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullish(),
          tool_calls: z.array(toolCallSchema).nullish(),
          reasoning_content: z.string().nullish(),
        }),
        finish_reason: z.string().nullish(),
        stop_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: usageSchema,
});

export type OpenAiChatResponse = z.infer<typeof openAiChatResponseSchema>;

const deltaSchema = z
  .object({
    content: z.string().nullish(),
    reasoning_content: z.string().nullish(),
    tool_calls: z
      .array(
        z.object({
          index: z.number().nullish(),
          id: z.string().nullish(),
          function: z.object({ name: z.string().nullish(), arguments: z.string().nullish() }).nullish(),
        }),
      )
      .nullish(),
  })
  .nullish();

/**
 * A chat-completion stream chunk: `choices[0].delta` (or `message`, as Bedrock's Mistral pages
 * show it), the finish reason on the last choice chunk, usage when sent. `choices` may be empty
 * or absent (a usage-only chunk); such a chunk adds nothing rather than failing the stream.
 */
export const openAiChatChunkSchema = z.object({
  choices: z
    .array(z.object({ delta: deltaSchema, message: deltaSchema, finish_reason: z.string().nullish(), stop_reason: z.string().nullish() }))
    .nullish(),
  usage: usageSchema,
});
