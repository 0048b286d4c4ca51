import { z } from "zod";
import { planReply } from "./conversation-reply";
import { answered, rejectedAsInvalid } from "./engine-outcome";
import { inspectMedia } from "./media-inspection";
import { type ModelEngine } from "./model-engine.types";
import { llamaStreamChunks } from "./meta-llama.stream";
import { lastUserTurn } from "./prompt-turns";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

// Ranges from the Bedrock Meta Llama parameters page: max_gen_len 1–2048, default 512; `images`,
// base64 strings, for the vision models (Llama 3.2 11B and 90B, Llama 4).
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html
const llamaRequestSchema = z.looseObject({
  prompt: requestFields.prompt(),
  max_gen_len: requestFields.tokenLimit(2048).optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  images: z.array(z.string()).optional(),
});

const DEFAULT_MAXIMUM_TOKENS = 512;

const VISION_PREFIXES = ["meta.llama3-2-11b", "meta.llama3-2-90b", "meta.llama4"];
// Llama 3.2 Vision reads one image per prompt; inline images must fit InvokeModel's body.
const MAX_IMAGES = 1;
const MAX_IMAGE_BYTES = 18 * 1024 * 1024;
// The body names no format, so the bytes must show one of these.
const IMAGE_FORMATS = ["png", "jpeg", "gif", "webp"];

// Llama on Bedrock takes no stop sequences, so a reply ends only by finishing or by the limit.
const STOP_REASONS: Record<GenerationStop, string> = {
  end: "stop",
  length: "length",
  stop_sequence: "stop",
};

// Llama 4 does not support the streaming operations (same page).
const NON_STREAMING_PREFIX = "meta.llama4";

/** What the model sees of an image given as bare base64, or the problem with it. */
function imageSeen(base64: string, index: number): { seen: string } | { problem: string } {
  const found = IMAGE_FORMATS.map((format) => inspectMedia("image", format, base64, MAX_IMAGE_BYTES)).find((image) => image.ok);
  if (found?.ok) return { seen: found.description };
  // A format media-inspection has no signature for checks only the base64 and the size.
  const bytes = inspectMedia("image", "any", base64, MAX_IMAGE_BYTES);
  return { problem: `images.${index}: ${bytes.ok ? `The image bytes are not a ${IMAGE_FORMATS.join(", ")} image.` : bytes.problem}` };
}

/** Meta Llama 3.x and 4 (`meta.llama*`), prompted in the Llama chat template; the vision models also read an image. */
export const metaLlamaEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(llamaRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { prompt, max_gen_len, images = [] } = parsed.value;
  if (images.length > 0 && !VISION_PREFIXES.some((prefix) => baseModelId.startsWith(prefix))) {
    return rejectedAsInvalid("images: This model doesn't support image input.");
  }
  if (images.length > MAX_IMAGES) return rejectedAsInvalid(`images: at most ${MAX_IMAGES} image may be sent, got ${images.length}.`);
  const seen: string[] = [];
  for (const [index, image] of images.entries()) {
    const result = imageSeen(image, index);
    if ("problem" in result) return rejectedAsInvalid(result.problem);
    seen.push(result.seen);
  }
  const plan = planReply({
    lastUserText: lastUserTurn(prompt),
    toolResults: [],
    seen,
    tools: [],
    toolChoice: { mode: "none" },
    reasoning: false,
    jsonSchema: null,
    inputTokens: countTokens(prompt),
    maxTokens: max_gen_len ?? DEFAULT_MAXIMUM_TOKENS,
    stopSequences: [],
  });
  const response = {
    generation: plan.text.text,
    prompt_token_count: plan.text.inputTokens,
    generation_token_count: plan.text.outputTokens,
    stop_reason: STOP_REASONS[plan.text.stopReason],
  };
  const streamChunks = baseModelId.startsWith(NON_STREAMING_PREFIX) ? undefined : llamaStreamChunks(response, plan.text.pieces);
  return answered(response, plan.text.inputTokens, plan.text.outputTokens, streamChunks);
};
