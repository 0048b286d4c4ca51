import { z } from "zod";
import { novaTextStreamChunks } from "./amazon-nova-text.stream";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { generateText, type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

// Content blocks are text, image, video, document, toolUse or toolResult objects; only text is
// read, the rest are accepted as they come.
const contentBlockSchema = z.looseObject({ text: z.string().optional() });

const messageSchema = z.looseObject({
  role: z.enum(["user", "assistant"]),
  content: z.array(contentBlockSchema).min(1),
});

// Nova v1 documents snake-case inference names (max_new_tokens, top_p, top_k); Nova 2 documents
// camel case (maxTokens, topP, topK). Both are accepted. Nova v1:
// https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html, Nova 2:
// https://docs.aws.amazon.com/nova/latest/nova2-userguide/using-invoke-api.html
const inferenceConfigSchema = z.looseObject({
  max_new_tokens: requestFields.tokenLimit().optional(),
  maxTokens: requestFields.tokenLimit().optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  topP: requestFields.unitInterval().optional(),
  top_k: z.number().int().min(0).optional(),
  topK: z.number().int().min(0).optional(),
  stopSequences: requestFields.stopSequences().optional(),
});

const novaRequestSchema = z.looseObject({
  schemaVersion: z.literal("messages-v1").optional(),
  system: z.array(z.looseObject({ text: z.string() })).optional(),
  // As with Converse, a conversation opens with the user.
  messages: z
    .array(messageSchema)
    .min(1)
    .refine((messages) => messages.at(0)?.role !== "assistant", "the first message must have role user"),
  inferenceConfig: inferenceConfigSchema.optional(),
});

type NovaMessage = z.infer<typeof messageSchema>;

// Nova's service default depends on the model; any value above the emulator's reply length acts alike.
const DEFAULT_MAXIMUM_TOKENS = 5000;

const STOP_REASONS: Record<GenerationStop, string> = {
  end: "end_turn",
  length: "max_tokens",
  stop_sequence: "stop_sequence",
};

function messageText(message: NovaMessage): string {
  return message.content.map((block) => block.text ?? "").join("\n");
}

/** Amazon Nova understanding models: Micro, Lite, Pro, Premier and Nova 2 Lite. */
export const amazonNovaTextEngine: ModelEngine = (_baseModelId, body) => {
  const parsed = parseRequestBody(novaRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { system, messages, inferenceConfig } = parsed.value;
  const lastUserMessage = messages.filter((message) => message.role === "user").at(-1);
  const generated = generateText({
    prompt: lastUserMessage === undefined ? "" : messageText(lastUserMessage),
    inputTokens: countTokens(...(system ?? []).map((block) => block.text), ...messages.map(messageText)),
    maxTokens: inferenceConfig?.maxTokens ?? inferenceConfig?.max_new_tokens ?? DEFAULT_MAXIMUM_TOKENS,
    stopSequences: inferenceConfig?.stopSequences ?? [],
  });
  const response = {
    output: { message: { role: "assistant", content: [{ text: generated.text }] } },
    stopReason: STOP_REASONS[generated.stopReason],
    usage: {
      inputTokens: generated.inputTokens,
      outputTokens: generated.outputTokens,
      totalTokens: generated.inputTokens + generated.outputTokens,
      cacheReadInputTokenCount: 0,
      cacheWriteInputTokenCount: 0,
    },
  };
  const streamChunks = novaTextStreamChunks(response, generated.pieces);
  return answered(response, generated.inputTokens, generated.outputTokens, streamChunks);
};
