import { z } from "zod";
import { resolveBaseModelId } from "./base-model-id";
import { planReply } from "./conversation-reply";
import { rejectedAsInvalid } from "./engine-outcome";
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
import { reasonAtEffort } from "./reasoning-effort";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";

// gpt-oss on InvokeModel takes OpenAI's Chat Completions body; `model` must match the model id or be
// left out, and `stream` must be false or left out on InvokeModel. Text in, text out; the reasoning
// comes before the answer in the content, between <reasoning> tags.
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html
const gptOssRequestSchema = z.looseObject({
  ...openAiChatFields,
  model: z.string().optional(),
  stream: z.boolean().optional(),
  max_completion_tokens: requestFields.tokenLimit().optional(),
  max_tokens: requestFields.tokenLimit().optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: requestFields.unitInterval().optional(),
  stop: stopField(4),
  reasoning_effort: z.enum(["low", "medium", "high"]).optional(),
  response_format: responseFormatSchema.optional(),
});

const DIALECT: OpenAiChatDialect = {
  roles: ["system", "developer", "user", "assistant", "tool"],
  toolChoices: ["auto", "none", "required"],
  namedToolChoice: true,
  maxImageBytes: null,
};

// Chat Completions' default effort; any token limit above the emulator's reply length acts alike.
const DEFAULT_EFFORT = "medium";
const DEFAULT_MAXIMUM_TOKENS = 4096;

/** OpenAI gpt-oss 20B and 120B (`openai.gpt-oss-*`): a chat completion that always reasons, at the asked effort. */
export const openAiGptOssEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(gptOssRequestSchema, body);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  if (request.model !== undefined && resolveBaseModelId(request.model) !== baseModelId) {
    return rejectedAsInvalid(`model: ${request.model} does not match the model id ${baseModelId}; leave it out or make them match`);
  }
  // The engine answers both operations alike, so `stream: true` is refused whichever calls it.
  if (request.stream === true)
    return rejectedAsInvalid("stream: InvokeModel takes `stream` false or absent; use InvokeModelWithResponseStream to stream");
  const conversation = readOpenAiConversation(request, DIALECT, {
    maxTokens: request.max_completion_tokens ?? request.max_tokens ?? DEFAULT_MAXIMUM_TOKENS,
    stop: request.stop,
    reasoning: true,
    jsonSchema: jsonSchemaOf(request.response_format),
  });
  if (!conversation.ok) return conversation;
  const plan = reasonAtEffort(planReply(conversation.view), request.reasoning_effort ?? DEFAULT_EFFORT);
  const reply = openAiReply(plan, {
    callId: `call_${requestHex(baseModelId, body, 24)}`,
    writeReasoning: (reasoning) => `<reasoning>${reasoning}</reasoning>`,
    emptyContent: null,
  });
  return chatCompletionAnswer(baseModelId, body, conversation.view, reply);
};
