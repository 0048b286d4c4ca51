import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { TEXT_ONLY } from "../family-capabilities";
import { type FinishReason } from "../invocation.types";
import { finishReasonOf } from "../prompt/finish-reason";
import { parseWireBody } from "../parse-wire-body";
import { UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import { writeTitanInputText } from "./titan-text-transcript";
import { titanTextChunkSchema, titanTextResponseSchema, type TitanTextRequestBody } from "./titan-text.wire";

const FAMILY = "Amazon Titan Text";

// maxTokenCount ceilings per model: Lite 4096, Express 8192, Premier 3072:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-text.html
const MAXIMUM_TOKEN_COUNTS: Array<{ prefix: string; maximum: number }> = [
  { prefix: "amazon.titan-text-lite", maximum: 4096 },
  { prefix: "amazon.titan-text-express", maximum: 8192 },
  { prefix: "amazon.titan-text-premier", maximum: 3072 },
];

// Titan Text samples by temperature and topP only; it has no top-k (same page).
function limitsFor(modelId: string): TextOptionLimits {
  const maximum = MAXIMUM_TOKEN_COUNTS.find(({ prefix }) => modelId.startsWith(prefix))?.maximum ?? Infinity;
  return {
    maxTokens: { minimum: 1, maximum, whole: true },
    temperature: UNIT_INTERVAL,
    topP: UNIT_INTERVAL,
    topK: null,
    stopSequences: { maximumCount: Infinity },
  };
}

// completionReason as documented (FINISHED, LENGTH, STOP_CRITERIA_MET, CONTENT_FILTERED) and as the
// service is seen to send it (FINISH): https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-text.html
const FINISH_REASONS: Record<string, FinishReason> = {
  FINISH: "END_TURN",
  FINISHED: "END_TURN",
  LENGTH: "MAX_TOKENS",
  STOP_CRITERIA_MET: "STOP_SEQUENCE",
  CONTENT_FILTERED: "CONTENT_FILTERED",
};

/** Amazon Titan Text Lite, Express and Premier: `{inputText, textGenerationConfig}`. */
export const titanTextCodec: TextCodec = {
  family: "amazon-titan-text",
  displayName: "Amazon Titan Text",
  modality: "TEXT",
  capabilities: TEXT_ONLY,
  finishReasons: FINISH_REASONS,
  encode(request, modelId) {
    const conversation = readTextRequest(request, {
      family: FAMILY,
      limits: limitsFor(modelId),
      turns: { userFirst: false, userLast: false },
      capabilities: TEXT_ONLY,
    });
    if (!conversation.ok) return conversation;
    const body: TitanTextRequestBody = {
      inputText: writeTitanInputText(request.prompt, conversation.value, request.system),
      textGenerationConfig: {
        maxTokenCount: request.maxTokens,
        temperature: request.temperature,
        topP: request.topP,
        stopSequences: request.stopSequences,
      },
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(titanTextResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { inputTextTokenCount, results } = parsed.value;
    const [first] = results;
    return ok({
      modality: "TEXT",
      text: first.outputText,
      stopReason: first.completionReason ?? null,
      finishReason: finishReasonOf(FINISH_REASONS, first.completionReason),
      toolCalls: [],
      reasoning: null,
      usage: { inputTokens: inputTextTokenCount ?? null, outputTokens: first.tokenCount ?? null },
    });
  },
  decodeChunk(chunk) {
    const parsed = parseWireBody(titanTextChunkSchema, chunk, `${FAMILY} stream chunk`);
    if (!parsed.ok) return parsed;
    const { outputText, inputTextTokenCount, totalOutputTextTokenCount, completionReason } = parsed.value;
    return ok({
      text: outputText,
      stopReason: completionReason ?? undefined,
      inputTokens: inputTextTokenCount ?? undefined,
      outputTokens: totalOutputTextTokenCount ?? undefined,
    });
  },
};
