import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { MEBIBYTE, TEXT_ONLY, type FamilyCapabilities } from "../family-capabilities";
import { type FinishReason } from "../invocation.types";
import { finishReasonOf } from "../prompt/finish-reason";
import { parseWireBody } from "../parse-wire-body";
import { UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import { writeLlamaChatPrompt } from "./llama-chat-prompt";
import { metaLlamaChunkSchema, metaLlamaResponseSchema, type MetaLlamaRequestBody } from "./meta-llama.wire";

const FAMILY = "Meta Llama";

// Llama on Bedrock takes max_gen_len 1–2048, temperature and top_p 0–1, and nothing for top-k
// or stop sequences: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html
const LIMITS: TextOptionLimits = {
  maxTokens: { minimum: 1, maximum: 2048, whole: true },
  temperature: UNIT_INTERVAL,
  topP: UNIT_INTERVAL,
  topK: null,
  stopSequences: null,
};

// Images for the vision models (Llama 3.2 11B and 90B, Llama 4): png, jpeg, gif, webp, inline only, one
// per request — the most Llama 3.2 Vision reads — within InvokeModel's body limit (same page; the catalog
// says which models take images).
const CAPABILITIES: FamilyCapabilities = {
  ...TEXT_ONLY,
  image: { formats: ["png", "jpeg", "gif", "webp"], maxBytesPerItem: 18 * MEBIBYTE, maxItems: 1, s3: false },
  maxMediaBytes: 18 * MEBIBYTE,
};

const FINISH_REASONS: Record<string, FinishReason> = { stop: "END_TURN", length: "MAX_TOKENS" };

/** Meta Llama 3.x and 4: `{prompt, max_gen_len, temperature, top_p}`, the prompt in the Llama 3 chat template. */
export const metaLlamaCodec: TextCodec = {
  family: "meta-llama",
  displayName: "Meta Llama 3.x / 4",
  modality: "TEXT",
  capabilities: CAPABILITIES,
  finishReasons: FINISH_REASONS,
  encode(request) {
    const turns = readTextRequest(request, {
      family: FAMILY,
      limits: LIMITS,
      turns: { userFirst: false, userLast: false },
      capabilities: CAPABILITIES,
    });
    if (!turns.ok) return turns;
    const images = turns.value.flatMap(({ blocks }) =>
      blocks.flatMap((block) => (block.kind === "image" && "base64" in block.source ? [block.source.base64] : [])),
    );
    const body: MetaLlamaRequestBody = {
      prompt: writeLlamaChatPrompt(turns.value, request.system),
      images: images.length > 0 ? images : undefined,
      max_gen_len: request.maxTokens,
      temperature: request.temperature,
      top_p: request.topP,
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(metaLlamaResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { generation, prompt_token_count: inputTokens, generation_token_count: outputTokens, stop_reason: stopReason } = parsed.value;
    return ok({
      modality: "TEXT",
      text: generation,
      stopReason: stopReason ?? null,
      finishReason: finishReasonOf(FINISH_REASONS, stopReason),
      toolCalls: [],
      reasoning: null,
      usage: { inputTokens: inputTokens ?? null, outputTokens: outputTokens ?? null },
    });
  },
  decodeChunk(chunk) {
    const parsed = parseWireBody(metaLlamaChunkSchema, chunk, `${FAMILY} stream chunk`);
    if (!parsed.ok) return parsed;
    const { generation, prompt_token_count: inputTokens, generation_token_count: outputTokens, stop_reason: stopReason } = parsed.value;
    return ok({
      text: generation ?? "",
      stopReason: stopReason ?? undefined,
      inputTokens: inputTokens ?? undefined,
      outputTokens: outputTokens ?? undefined,
    });
  },
};
