import { z } from "zod";
import { planReply } from "./conversation-reply";
import { type ModelEngine } from "./model-engine.types";
import {
  chatCompletionAnswer,
  jsonSchemaOf,
  openAiChatFields,
  openAiReply,
  readOpenAiConversation,
  requestHex,
  responseFormatSchema,
  stopField,
  type OpenAiChatDialect,
} from "./openai-chat.engine";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";

// Qwen3 on InvokeModel takes an OpenAI-style chat body (the model cards list InvokeModel among
// each model's APIs): https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards-qwen.html
const qwenRequestSchema = z.looseObject({
  ...openAiChatFields,
  max_tokens: requestFields.tokenLimit().optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: requestFields.unitInterval().optional(),
  stop: stopField(),
  response_format: responseFormatSchema.optional(),
});

// Only Qwen3 VL reads images; 10 MiB each, the limit the gateway's Qwen codec keeps to.
const VISION_PREFIX = "qwen.qwen3-vl-";
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

// Qwen3 32B and 235B think before answering (hybrid thinking) unless the user writes /no_think;
// the Coder models never do (the model cards above).
const THINKING_PREFIXES = ["qwen.qwen3-32b", "qwen.qwen3-235b"];
const NO_THINK = "/no_think";

const DEFAULT_MAXIMUM_TOKENS = 4096;

function dialectFor(baseModelId: string): OpenAiChatDialect {
  return {
    roles: ["system", "user", "assistant", "tool"],
    toolChoices: ["auto", "none", "required"],
    namedToolChoice: true,
    maxImageBytes: baseModelId.startsWith(VISION_PREFIX) ? MAX_IMAGE_BYTES : null,
  };
}

/** Qwen3 (`qwen.qwen3-*`): a chat completion; hybrid-thinking models open their content with <think>…</think>. */
export const qwenEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(qwenRequestSchema, body);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const conversation = readOpenAiConversation(request, dialectFor(baseModelId), {
    maxTokens: request.max_tokens ?? DEFAULT_MAXIMUM_TOKENS,
    stop: request.stop,
    reasoning: THINKING_PREFIXES.some((prefix) => baseModelId.startsWith(prefix)),
    jsonSchema: jsonSchemaOf(request.response_format),
  });
  if (!conversation.ok) return conversation;
  const view = { ...conversation.view, reasoning: conversation.view.reasoning && !conversation.view.lastUserText.includes(NO_THINK) };
  const reply = openAiReply(planReply(view), {
    callId: `call_${requestHex(baseModelId, body, 24)}`,
    writeReasoning: (reasoning) => `<think>\n${reasoning}\n</think>\n\n`,
    emptyContent: null,
  });
  return chatCompletionAnswer(baseModelId, body, view, reply);
};
