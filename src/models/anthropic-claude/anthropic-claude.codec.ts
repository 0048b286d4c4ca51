import { fail, ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { parseWireBody } from "../parse-wire-body";
import { readConversation } from "../prompt/conversation";
import { ANY_TOKEN_COUNT, checkTextOptions, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { decodeClaudeChunk } from "./anthropic-claude.chunk";
import { claudeResponseSchema, type ClaudeRequestBody } from "./anthropic-claude.wire";

const FAMILY = "Anthropic Claude";

// Ranges from the Bedrock Claude Messages parameters page:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
const LIMITS: TextOptionLimits = {
  maxTokens: ANY_TOKEN_COUNT,
  temperature: UNIT_INTERVAL,
  topP: UNIT_INTERVAL,
  topK: { minimum: 0, maximum: 500, whole: true },
  stopSequences: { maximumCount: Infinity },
};

// Claude requires max_tokens. 1024 leaves room for a full answer on every Claude model on
// Bedrock (the smallest ceiling, Claude 3 Haiku's, is 4096) without inviting long, costly replies.
const DEFAULT_MAXIMUM_TOKENS = 1024;

// Claude Sonnet 4.5 and Haiku 4.5 take temperature or top_p, not both (same page).
const ONE_SAMPLING_OPTION_MODELS = ["anthropic.claude-sonnet-4-5", "anthropic.claude-haiku-4-5"];

/** Anthropic Claude through the Messages API: `{anthropic_version, max_tokens, messages, system, …}`. */
export const anthropicClaudeCodec: TextCodec = {
  family: "anthropic-claude",
  displayName: "Anthropic Claude (Messages API)",
  modality: "TEXT",
  encode(request, modelId) {
    const optionProblem = checkTextOptions(request, LIMITS, FAMILY);
    if (optionProblem !== null) return fail(optionProblem);
    const oneSamplingOption = ONE_SAMPLING_OPTION_MODELS.some((prefix) => modelId.startsWith(prefix));
    if (oneSamplingOption && request.temperature !== undefined && request.topP !== undefined) {
      return fail({ field: "topP", message: `${FAMILY} model ${modelId} takes temperature or topP, not both` });
    }
    // A conversation may end on an assistant turn: Claude continues that text (a prefill).
    const turns = readConversation(request, FAMILY, { userFirst: true, userLast: false });
    if (!turns.ok) return turns;
    const body: ClaudeRequestBody = {
      anthropic_version: "bedrock-2023-05-31",
      max_tokens: request.maxTokens ?? DEFAULT_MAXIMUM_TOKENS,
      messages: turns.value.map(({ role, content }) => ({ role, content: [{ type: "text", text: content }] })),
      system: request.system,
      temperature: request.temperature,
      top_p: request.topP,
      top_k: request.topK,
      stop_sequences: request.stopSequences,
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(claudeResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { content, stop_reason: stopReason, usage } = parsed.value;
    const text = content.map((block) => (block.type === "text" ? (block.text ?? "") : "")).join("");
    return ok({
      modality: "TEXT",
      text,
      stopReason,
      usage: { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens },
    });
  },
  decodeChunk: decodeClaudeChunk,
};
