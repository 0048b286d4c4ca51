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

/** The Nova understanding-model request body, in the Converse-like `messages-v1` schema. */
export interface NovaTextRequestBody {
  schemaVersion: "messages-v1";
  system?: Array<{ text: string }>;
  messages: Array<{ role: "user" | "assistant"; content: Array<{ text: string }> }>;
  inferenceConfig: NovaInferenceConfig;
}

/**
 * A Nova answer: the assistant message's content blocks, why it stopped, and usage
 * (https://docs.aws.amazon.com/nova/latest/userguide/invoke.html). Blocks other than text (reasoning, tool use) carry no `text`.
 */
export const novaTextResponseSchema = z.object({
  output: z.object({
    message: z.object({ content: z.array(z.object({ text: z.string().optional() })) }),
  }),
  stopReason: z.string().nullish(),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }).nullish(),
});

/**
 * A Nova stream chunk holds one event (same page): `contentBlockDelta` with text,
 * `messageStop` with the stop reason, `metadata` with usage; messageStart and
 * contentBlockStop carry nothing the gateway reads.
 */
export const novaTextChunkSchema = z.object({
  contentBlockDelta: z.object({ delta: z.object({ text: z.string().optional() }) }).optional(),
  messageStop: z.object({ stopReason: z.string().nullish() }).optional(),
  metadata: z.object({ usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }).nullish() }).optional(),
});
