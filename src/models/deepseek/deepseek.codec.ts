import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { parseWireBody } from "../parse-wire-body";
import { UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import { writeDeepSeekR1Prompt } from "./deepseek-r1-prompt";
import { deepSeekChunkSchema, deepSeekResponseSchema, type DeepSeekRequestBody } from "./deepseek.wire";

const FAMILY = "DeepSeek";

// Ranges from the Bedrock DeepSeek page: max_tokens 1–32,768, temperature and top_p at most 1, at most
// 10 stop sequences; no top-k. https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html
const LIMITS: TextOptionLimits = {
  maxTokens: { minimum: 1, maximum: 32768, whole: true },
  temperature: UNIT_INTERVAL,
  topP: UNIT_INTERVAL,
  topK: null,
  stopSequences: { maximumCount: 10 },
};

/** DeepSeek-R1: `{prompt, max_tokens, temperature, top_p, stop}`, the prompt in R1's chat template. */
export const deepseekCodec: TextCodec = {
  family: "deepseek",
  displayName: "DeepSeek R1",
  modality: "TEXT",
  encode(request) {
    const turns = readTextRequest(request, LIMITS, FAMILY, { userFirst: false, userLast: false });
    if (!turns.ok) return turns;
    const body: DeepSeekRequestBody = {
      prompt: writeDeepSeekR1Prompt(turns.value, request.system),
      max_tokens: request.maxTokens,
      temperature: request.temperature,
      top_p: request.topP,
      stop: request.stopSequences,
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(deepSeekResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const [first] = parsed.value.choices;
    return ok({ modality: "TEXT", text: first.text, stopReason: first.stop_reason ?? null, usage: { inputTokens: null, outputTokens: null } });
  },
  decodeChunk(chunk) {
    const parsed = parseWireBody(deepSeekChunkSchema, chunk, `${FAMILY} stream chunk`);
    if (!parsed.ok) return parsed;
    const first = parsed.value.choices?.at(0);
    return ok({ text: first?.text ?? "", stopReason: first?.stop_reason ?? undefined });
  },
};
