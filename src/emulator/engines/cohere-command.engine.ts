import { z } from "zod";
import { cohereCommandStreamChunks } from "./cohere-command.stream";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { stableUuid } from "./stable-hash";
import { generateText, type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

// Ranges from the Bedrock Command R / R+ parameters page:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html
const commandRequestSchema = z.looseObject({
  message: requestFields.prompt(),
  chat_history: z.array(z.looseObject({ role: z.enum(["USER", "CHATBOT", "SYSTEM", "TOOL"]), message: z.string().optional() })).optional(),
  preamble: z.string().optional(),
  documents: z.array(z.record(z.string(), z.unknown())).optional(),
  max_tokens: requestFields.tokenLimit(4000).optional(),
  temperature: requestFields.unitInterval().optional(),
  p: z.number().min(0.01).max(0.99).optional(),
  k: z.number().int().min(0).max(500).optional(),
  stop_sequences: requestFields.stopSequences(4).optional(),
  seed: z.number().int().optional(),
});

const DEFAULT_MAXIMUM_TOKENS = 4000;

// Command R has no stop-sequence reason: a reply cut by one is reported COMPLETE.
const FINISH_REASONS: Record<GenerationStop, string> = {
  end: "COMPLETE",
  length: "MAX_TOKENS",
  stop_sequence: "COMPLETE",
};

/** Cohere Command R and R+ (`cohere.command-r-*`). */
export const cohereCommandEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(commandRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const request = parsed.value;
  const history = request.chat_history ?? [];
  const generated = generateText({
    prompt: request.message,
    inputTokens: countTokens(request.preamble ?? "", ...history.map((turn) => turn.message ?? ""), request.message),
    maxTokens: request.max_tokens ?? DEFAULT_MAXIMUM_TOKENS,
    stopSequences: request.stop_sequences ?? [],
  });
  const requestKey = `${baseModelId}\u0000${JSON.stringify(body)}`;
  const response = {
    response_id: stableUuid(`response\u0000${requestKey}`),
    text: generated.text,
    generation_id: stableUuid(`generation\u0000${requestKey}`),
    chat_history: [...history, { role: "USER", message: request.message }, { role: "CHATBOT", message: generated.text }],
    finish_reason: FINISH_REASONS[generated.stopReason],
    meta: { billed_units: { input_tokens: generated.inputTokens, output_tokens: generated.outputTokens } },
  };
  const streamChunks = cohereCommandStreamChunks(response, generated.pieces);
  return answered(response, generated.inputTokens, generated.outputTokens, streamChunks);
};
