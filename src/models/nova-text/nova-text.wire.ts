import { z } from "zod";

/**
 * Nova v1 models document snake-case inference names (https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html);
 * Nova 2 documents camel case (https://docs.aws.amazon.com/nova/latest/nova2-userguide/using-invoke-api.html).
 * `stopSequences` and `temperature` are the same in both.
 */
export interface NovaInferenceConfig {
  max_new_tokens?: number;
  maxTokens?: number;
  temperature?: number;
  top_p?: number;
  topP?: number;
  top_k?: number;
  topK?: number;
  stopSequences?: string[];
}

export type NovaSource = { bytes: string } | { s3Location: { uri: string; bucketOwner?: string } };

/** A content block of a Nova message (complete request schema above; tool blocks: https://docs.aws.amazon.com/nova/latest/userguide/tool-use-results.html). */
export type NovaBlock =
  | { text: string }
  | { image: { format: string; source: NovaSource } }
  | { video: { format: string; source: NovaSource } }
  | { toolUse: { toolUseId: string; name: string; input: unknown } }
  | { toolResult: { toolUseId: string; content: Array<{ text: string } | { json: unknown }>; status: "success" | "error" } }
  | { reasoningContent: { reasoningText: { text: string; signature?: string } } }
  | { cachePoint: { type: "default" } };

export interface NovaToolConfig {
  tools: Array<{ toolSpec: { name: string; description?: string; inputSchema: { json: Record<string, unknown> } } }>;
  toolChoice?: { auto: Record<string, never> } | { any: Record<string, never> } | { tool: { name: string } };
}

/** The Nova understanding-model request body, in the Converse-like `messages-v1` schema. */
export interface NovaTextRequestBody {
  schemaVersion: "messages-v1";
  system?: Array<{ text: string }>;
  messages: Array<{ role: "user" | "assistant"; content: NovaBlock[] }>;
  inferenceConfig: NovaInferenceConfig;
  toolConfig?: NovaToolConfig;
  /** Nova 2 extended thinking, a top-level field on InvokeModel: https://docs.aws.amazon.com/nova/latest/nova2-userguide/extended-thinking.html */
  reasoningConfig?: { type: "enabled"; maxReasoningEffort: "low" | "medium" | "high" };
}

const novaAnswerBlockSchema = z.object({
  text: z.string().optional(),
  toolUse: z.object({ toolUseId: z.string(), name: z.string(), input: z.unknown() }).optional(),
  reasoningContent: z
    .object({ reasoningText: z.object({ text: z.string(), signature: z.string().nullish() }).optional(), redactedContent: z.string().optional() })
    .optional(),
});

/**
 * A Nova answer: the assistant message's content blocks (text, toolUse, reasoningContent), why
 * it stopped, and usage with prompt-cache counts (https://docs.aws.amazon.com/nova/latest/userguide/invoke.html).
 */
export const novaTextResponseSchema = z.object({
  output: z.object({ message: z.object({ content: z.array(novaAnswerBlockSchema) }) }),
  stopReason: z.string().nullish(),
  usage: z
    .object({
      inputTokens: z.number(),
      outputTokens: z.number(),
      cacheReadInputTokenCount: z.number().nullish(),
      cacheWriteInputTokenCount: z.number().nullish(),
    })
    .nullish(),
});

/**
 * A Nova stream chunk holds one event (same page): `contentBlockStart` naming a tool call,
 * `contentBlockDelta` with text, a tool call's input piece or reasoning, `messageStop` with the
 * stop reason, `metadata` with usage; messageStart and contentBlockStop carry nothing the gateway reads.
 */
export const novaTextChunkSchema = z.object({
  contentBlockStart: z
    .object({ contentBlockIndex: z.number(), start: z.object({ toolUse: z.object({ toolUseId: z.string(), name: z.string() }).optional() }) })
    .optional(),
  contentBlockDelta: z
    .object({
      contentBlockIndex: z.number().optional(),
      delta: z.object({
        text: z.string().optional(),
        toolUse: z.object({ input: z.string() }).optional(),
        reasoningContent: z.object({ text: z.string().optional(), signature: z.string().optional() }).optional(),
      }),
    })
    .optional(),
  messageStop: z.object({ stopReason: z.string().nullish() }).optional(),
  metadata: z.object({ usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }).nullish() }).optional(),
});
