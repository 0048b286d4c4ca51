import { z } from "zod";
import { deepSeekR1StreamChunks } from "./deepseek-r1.stream";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { completePrompt } from "./prompt-completion";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { type GenerationStop } from "./text-generator";

// Ranges from the Bedrock DeepSeek parameters page: max_tokens 1–32,768, at most 10 stop
// sequences: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html
const MAXIMUM_TOKENS = 32_768;

const deepSeekRequestSchema = z.looseObject({
  prompt: requestFields.prompt(),
  max_tokens: requestFields.tokenLimit(MAXIMUM_TOKENS).optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  stop: requestFields.stopSequences(10).optional(),
});

const STOP_REASONS: Record<GenerationStop, string> = {
  end: "stop",
  length: "length",
  stop_sequence: "stop",
};

/** DeepSeek-R1 (`deepseek.r1-*`), a text completion over a raw prompt. */
export const deepSeekR1Engine: ModelEngine = (_baseModelId, body) => {
  const parsed = parseRequestBody(deepSeekRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { prompt, max_tokens, stop } = parsed.value;
  const generated = completePrompt(prompt, max_tokens ?? MAXIMUM_TOKENS, stop ?? []);
  const stopReason = STOP_REASONS[generated.stopReason];
  const response = { choices: [{ text: generated.text, stop_reason: stopReason }] };
  const streamChunks = deepSeekR1StreamChunks(stopReason, generated.pieces);
  return answered(response, generated.inputTokens, generated.outputTokens, streamChunks);
};
