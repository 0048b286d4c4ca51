import { z } from "zod";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { completePrompt } from "./prompt-completion";
import { mistralChatStreamChunks, mistralCompletionStreamChunks } from "./mistral.stream";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { generateText, type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

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

// Chat completion, Mistral Large 2407 and later. An assistant turn that only calls tools has no content.
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-chat-completion.html
const chatRequestSchema = z.looseObject({
  messages: z
    .array(
      z.looseObject({
        role: z.enum(["system", "user", "assistant", "tool"]),
        content: z.string().nullable().optional(),
      }),
    )
    .min(1),
  max_tokens: requestFields.tokenLimit().optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  stop: requestFields.stopSequences(10).optional(),
});

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

function answerChat(body: unknown) {
  const parsed = parseRequestBody(chatRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { messages, max_tokens, stop } = parsed.value;
  const lastUserMessage = messages.filter((message) => message.role === "user").at(-1);
  const generated = generateText({
    prompt: lastUserMessage?.content ?? "",
    inputTokens: countTokens(...messages.map((message) => message.content ?? "")),
    maxTokens: max_tokens ?? DEFAULT_MAXIMUM_TOKENS,
    stopSequences: stop ?? [],
  });
  const stopReason = STOP_REASONS[generated.stopReason];
  const response = {
    choices: [{ index: 0, message: { role: "assistant", content: generated.text }, stop_reason: stopReason }],
  };
  const streamChunks = mistralChatStreamChunks(stopReason, generated.pieces);
  return answered(response, generated.inputTokens, generated.outputTokens, streamChunks);
}

/**
 * Mistral models (`mistral.*`). A body with `messages` is a chat completion, any other a text
 * completion; the emulator accepts either form for every Mistral model rather than keeping a
 * list of which model takes which.
 */
export const mistralEngine: ModelEngine = (_baseModelId, body) =>
  typeof body === "object" && body !== null && "messages" in body ? answerChat(body) : answerCompletion(body);
