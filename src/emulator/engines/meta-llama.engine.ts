import { z } from "zod";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { completePrompt } from "./prompt-completion";
import { llamaStreamChunks } from "./meta-llama.stream";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { type GenerationStop } from "./text-generator";

// Ranges from the Bedrock Meta Llama parameters page: max_gen_len 1–2048, default 512.
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html
const llamaRequestSchema = z.looseObject({
  prompt: requestFields.prompt(),
  max_gen_len: requestFields.tokenLimit(2048).optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  images: z.array(z.string()).optional(),
});

const DEFAULT_MAXIMUM_TOKENS = 512;

// Llama on Bedrock takes no stop sequences, so a reply ends only by finishing or by the limit.
const STOP_REASONS: Record<GenerationStop, string> = {
  end: "stop",
  length: "length",
  stop_sequence: "stop",
};

// Llama 4 does not support the streaming operations (same page).
const NON_STREAMING_PREFIX = "meta.llama4";

/** Meta Llama 3.x and 4 (`meta.llama*`), prompted in the Llama chat template. */
export const metaLlamaEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(llamaRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { prompt, max_gen_len } = parsed.value;
  const generated = completePrompt(prompt, max_gen_len ?? DEFAULT_MAXIMUM_TOKENS, []);
  const response = {
    generation: generated.text,
    prompt_token_count: generated.inputTokens,
    generation_token_count: generated.outputTokens,
    stop_reason: STOP_REASONS[generated.stopReason],
  };
  const streamChunks = baseModelId.startsWith(NON_STREAMING_PREFIX) ? undefined : llamaStreamChunks(response, generated.pieces);
  return answered(response, generated.inputTokens, generated.outputTokens, streamChunks);
};
