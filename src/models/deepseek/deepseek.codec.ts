import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { splitTaggedReasoning } from "../content/tagged-reasoning";
import { TEXT_ONLY, type FamilyCapabilities } from "../family-capabilities";
import { type FinishReason } from "../invocation.types";
import { finishReasonOf } from "../prompt/finish-reason";
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

// R1 reasons on every call and takes no setting for it; its prompt opens the <think> tag, so the
// answer's text starts with the reasoning and the tag closes it (same page).
const CAPABILITIES: FamilyCapabilities = { ...TEXT_ONLY, reasoning: "always" };
const REASONING_TAGS = { open: "<think>", close: "</think>", startsInside: true };

const FINISH_REASONS: Record<string, FinishReason> = { stop: "END_TURN", length: "MAX_TOKENS" };

/** DeepSeek-R1: `{prompt, max_tokens, temperature, top_p, stop}`, the prompt in R1's chat template. */
export const deepseekCodec: TextCodec = {
  family: "deepseek",
  displayName: "DeepSeek R1",
  modality: "TEXT",
  capabilities: CAPABILITIES,
  finishReasons: FINISH_REASONS,
  reasoningTags: REASONING_TAGS,
  encode(request) {
    const turns = readTextRequest(request, {
      family: FAMILY,
      limits: LIMITS,
      turns: { userFirst: false, userLast: false },
      capabilities: CAPABILITIES,
    });
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
    const { text, reasoning } = splitTaggedReasoning(first.text, REASONING_TAGS);
    return ok({
      modality: "TEXT",
      text,
      stopReason: first.stop_reason ?? null,
      finishReason: finishReasonOf(FINISH_REASONS, first.stop_reason),
      toolCalls: [],
      reasoning: reasoning.length === 0 ? null : { text: reasoning, signature: null, redactedData: [] },
      usage: { inputTokens: null, outputTokens: null },
    });
  },
  decodeChunk(chunk) {
    const parsed = parseWireBody(deepSeekChunkSchema, chunk, `${FAMILY} stream chunk`);
    if (!parsed.ok) return parsed;
    const first = parsed.value.choices?.at(0);
    return ok({ text: first?.text ?? "", stopReason: first?.stop_reason ?? undefined });
  },
};
