import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { parseWireBody } from "../parse-wire-body";
import { UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import { ai21JambaChunkSchema, ai21JambaResponseSchema, type Ai21JambaRequestBody } from "./ai21-jamba.wire";

const FAMILY = "AI21 Jamba";

// Ranges from the Bedrock Jamba parameters page: max_tokens up to 4096, temperature 0–2, top_p 0–1; no top-k.
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html
const LIMITS: TextOptionLimits = {
  maxTokens: { minimum: 1, maximum: 4096, whole: true },
  temperature: { minimum: 0, maximum: 2, whole: false },
  topP: UNIT_INTERVAL,
  topK: null,
  stopSequences: { maximumCount: Infinity },
};

/** AI21 Jamba 1.5 Mini and Large: `{messages, max_tokens, temperature, top_p, stop}`, `system` as a system message. */
export const ai21JambaCodec: TextCodec = {
  family: "ai21-jamba",
  displayName: "AI21 Labs Jamba",
  modality: "TEXT",
  encode(request) {
    const turns = readTextRequest(request, LIMITS, FAMILY, { userFirst: false, userLast: false });
    if (!turns.ok) return turns;
    const systemTurn = request.system === undefined ? [] : [{ role: "system" as const, content: request.system }];
    const body: Ai21JambaRequestBody = {
      messages: [...systemTurn, ...turns.value],
      max_tokens: request.maxTokens,
      temperature: request.temperature,
      top_p: request.topP,
      stop: request.stopSequences,
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(ai21JambaResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { choices, usage } = parsed.value;
    const [first] = choices;
    return ok({
      modality: "TEXT",
      text: first.message.content ?? "",
      stopReason: first.finish_reason ?? null,
      usage: { inputTokens: usage?.prompt_tokens ?? null, outputTokens: usage?.completion_tokens ?? null },
    });
  },
  decodeChunk(chunk) {
    const parsed = parseWireBody(ai21JambaChunkSchema, chunk, `${FAMILY} stream chunk`);
    if (!parsed.ok) return parsed;
    const { choices, usage } = parsed.value;
    const first = choices?.at(0);
    return ok({
      text: first?.delta?.content ?? "",
      stopReason: first?.finish_reason ?? undefined,
      inputTokens: usage?.prompt_tokens,
      outputTokens: usage?.completion_tokens,
    });
  },
};
