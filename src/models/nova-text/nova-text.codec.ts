import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { type TextRequest } from "../invocation.types";
import { parseWireBody } from "../parse-wire-body";
import { ANY_TOKEN_COUNT, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import { novaTextChunkSchema, novaTextResponseSchema, type NovaInferenceConfig, type NovaTextRequestBody } from "./nova-text.wire";

const FAMILY = "Amazon Nova";

// temperature and topP run 0–1 as in Converse's InferenceConfiguration; top-k has no documented ceiling.
const LIMITS: TextOptionLimits = {
  maxTokens: ANY_TOKEN_COUNT,
  temperature: UNIT_INTERVAL,
  topP: UNIT_INTERVAL,
  topK: { minimum: 0, maximum: Infinity, whole: true },
  stopSequences: { maximumCount: Infinity },
};

function inferenceConfigFor(request: TextRequest, modelId: string): NovaInferenceConfig {
  const { maxTokens, temperature, topP, topK, stopSequences } = request;
  if (modelId.startsWith("amazon.nova-2-")) return { maxTokens, temperature, topP, topK, stopSequences };
  return { max_new_tokens: maxTokens, temperature, top_p: topP, top_k: topK, stopSequences };
}

/** Amazon Nova Micro, Lite, Pro, Premier and Nova 2 Lite: `{schemaVersion, system, messages, inferenceConfig}`. */
export const novaTextCodec: TextCodec = {
  family: "amazon-nova-text",
  displayName: "Amazon Nova (understanding models)",
  modality: "TEXT",
  encode(request, modelId) {
    // Nova's request schema: "first turn should always be the user turn"; a last assistant turn is a prefill.
    const turns = readTextRequest(request, LIMITS, FAMILY, { userFirst: true, userLast: false });
    if (!turns.ok) return turns;
    const body: NovaTextRequestBody = {
      schemaVersion: "messages-v1",
      system: request.system === undefined ? undefined : [{ text: request.system }],
      messages: turns.value.map(({ role, content }) => ({ role, content: [{ text: content }] })),
      inferenceConfig: inferenceConfigFor(request, modelId),
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(novaTextResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { output, stopReason, usage } = parsed.value;
    return ok({
      modality: "TEXT",
      text: output.message.content.map((block) => block.text ?? "").join(""),
      stopReason: stopReason ?? null,
      usage: { inputTokens: usage?.inputTokens ?? null, outputTokens: usage?.outputTokens ?? null },
    });
  },
  decodeChunk(chunk) {
    const parsed = parseWireBody(novaTextChunkSchema, chunk, `${FAMILY} stream chunk`);
    if (!parsed.ok) return parsed;
    const { contentBlockDelta, messageStop, metadata } = parsed.value;
    return ok({
      text: contentBlockDelta?.delta.text ?? "",
      stopReason: messageStop?.stopReason ?? undefined,
      inputTokens: metadata?.usage?.inputTokens,
      outputTokens: metadata?.usage?.outputTokens,
    });
  },
};
