import { z } from "zod";
import { jambaStreamChunks } from "./ai21-jamba.stream";
import { planReply, type ConversationView, type PlannedReply } from "./conversation-reply";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import {
  openAiChatFields,
  openAiReply,
  readOpenAiConversation,
  requestHex,
  stopField,
  type OpenAiChatDialect,
  type OpenAiReply,
} from "./openai-chat.engine";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { generateText } from "./text-generator";

// Ranges from the Bedrock Jamba parameters page: max_tokens up to 4096 (the default), temperature 0–2,
// n 1–16. https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html
const jambaRequestSchema = z.looseObject({
  ...openAiChatFields,
  max_tokens: requestFields.tokenLimit(4096).optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: requestFields.unitInterval().optional(),
  stop: stopField(),
  n: z.number().int().min(1).max(16).optional(),
});

// Tools as AI21's Jamba 1.5 API has them: functions, with no way to force a call
// (https://docs.ai21.com/reference/jamba-15-api-ref). Text only.
const DIALECT: OpenAiChatDialect = {
  roles: ["system", "user", "assistant", "tool"],
  toolChoices: ["auto", "none"],
  namedToolChoice: false,
  maxImageBytes: null,
};

const DEFAULT_MAXIMUM_TOKENS = 4096;

/**
 * Choice `index` of `n`: the first is the plan; the others draw the same kind of reply again, a
 * different text each, as sampling several completions does. A tool call is the same in each.
 */
function planForChoice(view: ConversationView, plan: PlannedReply, index: number): PlannedReply {
  if (index === 0 || plan.toolCall !== null || view.jsonSchema !== null) return plan;
  const prompt =
    view.toolResults.length > 0
      ? view.toolResults.map((result) => `${result.name ?? "the tool"} returned ${result.text}`).join("; ")
      : view.lastUserText;
  const text = generateText({ prompt, inputTokens: view.inputTokens, maxTokens: view.maxTokens, stopSequences: view.stopSequences, variant: index });
  return { ...plan, text, outputTokens: text.outputTokens };
}

/** AI21 Jamba 1.5 (`ai21.jamba-*`), an OpenAI-style chat completion with tools and `n` choices. */
export const ai21JambaEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(jambaRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const request = parsed.value;
  const asked = { maxTokens: request.max_tokens ?? DEFAULT_MAXIMUM_TOKENS, stop: request.stop, reasoning: false, jsonSchema: null };
  const conversation = readOpenAiConversation(request, DIALECT, asked);
  if (!conversation.ok) {
    return conversation;
  }
  const { view } = conversation;
  const plan = planReply(view);
  const id = requestHex(baseModelId, body, 24);
  const replies: OpenAiReply[] = Array.from({ length: request.n ?? 1 }, (_, index) =>
    openAiReply(planForChoice(view, plan, index), { callId: `call_${id}_${index}`, writeReasoning: null, emptyContent: null }),
  );
  // Usage counts the prompt once and every choice's completion.
  const completionTokens = replies.reduce((total, reply) => total + reply.completionTokens, 0);
  const response = {
    id: `chatcmpl-${id}`,
    choices: replies.map((reply, index) => ({ index, message: reply.message, finish_reason: reply.finishReason })),
    usage: { prompt_tokens: view.inputTokens, completion_tokens: completionTokens, total_tokens: view.inputTokens + completionTokens },
  };
  return answered(response, view.inputTokens, completionTokens, jambaStreamChunks(response, replies));
};
