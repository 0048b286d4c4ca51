import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { type ChatRole } from "../invocation.types";
import { parseWireBody } from "../parse-wire-body";
import { ANY_TOKEN_COUNT, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import {
  cohereCommandRChunkSchema,
  cohereCommandRResponseSchema,
  type CohereChatTurn,
  type CohereCommandRRequestBody,
} from "./cohere-command-r.wire";

const FAMILY = "Cohere Command R";

// Ranges from the Bedrock Command R / R+ parameters page:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html
const LIMITS: TextOptionLimits = {
  maxTokens: ANY_TOKEN_COUNT,
  temperature: UNIT_INTERVAL,
  topP: { minimum: 0.01, maximum: 0.99, whole: false },
  topK: { minimum: 0, maximum: 500, whole: true },
  stopSequences: { maximumCount: Infinity },
};

const ROLES: Record<ChatRole, CohereChatTurn["role"]> = { user: "USER", assistant: "CHATBOT" };

/** Cohere Command R and R+: the user's last turn as `message`, earlier turns as `chat_history`, `system` as `preamble`. */
export const cohereCommandRCodec: TextCodec = {
  family: "cohere-command-r",
  displayName: "Cohere Command R and R+",
  modality: "TEXT",
  encode(request) {
    const turns = readTextRequest(request, LIMITS, FAMILY, { userFirst: false, userLast: true });
    if (!turns.ok) return turns;
    const history = turns.value.slice(0, -1).map(({ role, content }) => ({ role: ROLES[role], message: content }));
    const body: CohereCommandRRequestBody = {
      message: turns.value[turns.value.length - 1].content,
      chat_history: history.length > 0 ? history : undefined,
      preamble: request.system,
      max_tokens: request.maxTokens,
      temperature: request.temperature,
      p: request.topP,
      k: request.topK,
      stop_sequences: request.stopSequences,
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(cohereCommandRResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { text, finish_reason: finishReason, meta } = parsed.value;
    const billed = meta?.billed_units;
    return ok({
      modality: "TEXT",
      text,
      stopReason: finishReason ?? null,
      usage: { inputTokens: billed?.input_tokens ?? null, outputTokens: billed?.output_tokens ?? null },
    });
  },
  decodeChunk(chunk) {
    const parsed = parseWireBody(cohereCommandRChunkSchema, chunk, `${FAMILY} stream chunk`);
    if (!parsed.ok) return parsed;
    const { event_type: eventType, text, finish_reason: finishReason, response } = parsed.value;
    const billed = response?.meta?.billed_units;
    return ok({
      text: eventType === "text-generation" ? (text ?? "") : "",
      stopReason: finishReason ?? undefined,
      inputTokens: billed?.input_tokens ?? undefined,
      outputTokens: billed?.output_tokens ?? undefined,
    });
  },
};
