import { z } from "zod";
import { planReply } from "./conversation-reply";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { completePrompt } from "./prompt-completion";
import { mistralChatStreamChunks, mistralCompletionStreamChunks } from "./mistral.stream";
import { openAiChatFields, openAiReply, readOpenAiConversation, requestHex, stopField, type OpenAiChatDialect } from "./openai-chat.engine";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { type GenerationStop } from "./text-generator";

// Text completion: top_k 1–200, at most 10 stop sequences.
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html
const completionRequestSchema = z.looseObject({
  prompt: requestFields.prompt(),
  max_tokens: requestFields.tokenLimit().optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  top_k: z.number().int().min(1).max(200).optional(),
  stop: requestFields.stopSequences(10).optional(),
});

// Chat completion, Mistral Large 2407 and later: roles system, user, assistant and tool, tools with
// tool_choice auto, any or none. https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-chat-completion.html
const chatRequestSchema = z.looseObject({
  ...openAiChatFields,
  max_tokens: requestFields.tokenLimit().optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  stop: stopField(10),
});

// Pixtral Large reads images, up to 10 MB each as Mistral documents for Pixtral:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-pixtral-large.html
const VISION_PREFIX = "mistral.pixtral-";
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

const DEFAULT_MAXIMUM_TOKENS = 512;

const STOP_REASONS: Record<GenerationStop, string> = {
  end: "stop",
  length: "length",
  stop_sequence: "stop",
};

function answerCompletion(body: unknown) {
  const parsed = parseRequestBody(completionRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { prompt, max_tokens, stop } = parsed.value;
  const generated = completePrompt(prompt, max_tokens ?? DEFAULT_MAXIMUM_TOKENS, stop ?? []);
  const stopReason = STOP_REASONS[generated.stopReason];
  const response = { outputs: [{ text: generated.text, stop_reason: stopReason }] };
  const streamChunks = mistralCompletionStreamChunks(stopReason, generated.pieces);
  return answered(response, generated.inputTokens, generated.outputTokens, streamChunks);
}

function answerChat(baseModelId: string, body: unknown) {
  const parsed = parseRequestBody(chatRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const request = parsed.value;
  const dialect: OpenAiChatDialect = {
    roles: ["system", "user", "assistant", "tool"],
    toolChoices: ["auto", "any", "none"],
    namedToolChoice: false,
    maxImageBytes: baseModelId.startsWith(VISION_PREFIX) ? MAX_IMAGE_BYTES : null,
  };
  const asked = { maxTokens: request.max_tokens ?? DEFAULT_MAXIMUM_TOKENS, stop: request.stop, reasoning: false, jsonSchema: null };
  const conversation = readOpenAiConversation(request, dialect, asked);
  if (!conversation.ok) {
    return conversation;
  }
  // Mistral's tool-call ids are nine letters and digits; a call-only answer has empty content.
  const reply = openAiReply(planReply(conversation.view), { callId: requestHex(baseModelId, body, 9), writeReasoning: null, emptyContent: "" });
  const response = { choices: [{ index: 0, message: reply.message, stop_reason: reply.finishReason }] };
  return answered(response, conversation.view.inputTokens, reply.completionTokens, mistralChatStreamChunks(reply));
}

/**
 * Mistral models (`mistral.*`). A body with `messages` is a chat completion, any other a text
 * completion; the emulator accepts either form for every Mistral model rather than keeping a
 * list of which model takes which.
 */
export const mistralEngine: ModelEngine = (baseModelId, body) =>
  typeof body === "object" && body !== null && "messages" in body ? answerChat(baseModelId, body) : answerCompletion(body);
