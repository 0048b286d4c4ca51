import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
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

/** Meta Llama 3.x and 4: `{prompt, max_gen_len, temperature, top_p}`, the prompt in the Llama 3 chat template. */
export const metaLlamaCodec: TextCodec = {
  family: "meta-llama",
  displayName: "Meta Llama 3.x / 4",
  modality: "TEXT",
  encode(request) {
    const turns = readTextRequest(request, LIMITS, FAMILY, { userFirst: false, userLast: false });
    if (!turns.ok) return turns;
    const body: MetaLlamaRequestBody = {
      prompt: writeLlamaChatPrompt(turns.value, request.system),
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
