import { z } from "zod";
import { jambaStreamChunks } from "./ai21-jamba.stream";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { stableHex } from "./stable-hash";
import { generateText, type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

// Ranges from the Bedrock Jamba parameters page: max_tokens up to 4096 (the default), temperature 0–2,
// n 1–16. https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html
const jambaRequestSchema = z.looseObject({
  messages: z.array(z.looseObject({ role: z.enum(["system", "user", "assistant", "tool"]), content: z.string() })).min(1),
  max_tokens: requestFields.tokenLimit(4096).optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: requestFields.unitInterval().optional(),
  stop: requestFields.stopSequences().optional(),
  n: z.number().int().min(1).max(16).optional(),
});

const DEFAULT_MAXIMUM_TOKENS = 4096;

const FINISH_REASONS: Record<GenerationStop, string> = {
  end: "stop",
  length: "length",
  stop_sequence: "stop",
};

/** AI21 Jamba 1.5 (`ai21.jamba-*`), an OpenAI-style chat completion with `n` choices. */
export const ai21JambaEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(jambaRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { messages, max_tokens, stop, n } = parsed.value;
  const lastUserMessage = messages.filter((message) => message.role === "user").at(-1);
  const inputTokens = countTokens(...messages.map((message) => message.content));
  const choices = Array.from({ length: n ?? 1 }, (_, index) => {
    const generated = generateText({
      prompt: lastUserMessage?.content ?? "",
      inputTokens,
      maxTokens: max_tokens ?? DEFAULT_MAXIMUM_TOKENS,
      stopSequences: stop ?? [],
      variant: index,
    });
    const choice = {
      index,
      message: { role: "assistant", content: generated.text },
      finish_reason: FINISH_REASONS[generated.stopReason],
    };
    return { generated, choice };
  });
  // Usage counts the prompt once and every choice's completion.
  const completionTokens = choices.reduce((total, { generated }) => total + generated.outputTokens, 0);
  const response = {
    id: `chatcmpl-${stableHex(`${baseModelId}\u0000${JSON.stringify(body)}`, 24)}`,
    choices: choices.map(({ choice }) => choice),
    usage: {
      prompt_tokens: inputTokens,
      completion_tokens: completionTokens,
      total_tokens: inputTokens + completionTokens,
    },
  };
  const streamChunks = jambaStreamChunks(
    response,
    choices.map(({ generated }) => generated.pieces),
  );
  return answered(response, inputTokens, completionTokens, streamChunks);
};
