import { type TextCodec } from "../codec.types";
import { TEXT_ONLY, type FamilyCapabilities } from "../family-capabilities";
import { type ReasoningEffort } from "../invocation.types";
import { openAiChatCodec, openAiResponseFormat, type OpenAiDialect } from "../openai-chat/openai-chat";
import { type OpenAiMessage, type OpenAiResponseFormat, type OpenAiTool, type OpenAiToolChoice } from "../openai-chat/openai-chat.wire";
import { ANY_TOKEN_COUNT, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";

const FAMILY = "OpenAI gpt-oss";

/**
 * gpt-oss on InvokeModel takes OpenAI's Chat Completions request body (`model` left out, `stream`
 * false or absent), with `developer` for system text and `max_completion_tokens`; its reasoning
 * comes before the answer's text between <reasoning> tags:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html
 */
interface GptOssRequestBody {
  messages: OpenAiMessage[];
  max_completion_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
  tools?: OpenAiTool[];
  tool_choice?: OpenAiToolChoice;
  reasoning_effort?: ReasoningEffort;
  response_format?: OpenAiResponseFormat;
}

// Chat Completions ranges: temperature 0–2, top_p 0–1, up to 4 stop sequences; 128K context, text only.
const LIMITS: TextOptionLimits = {
  maxTokens: ANY_TOKEN_COUNT,
  temperature: { minimum: 0, maximum: 2, whole: false },
  topP: UNIT_INTERVAL,
  topK: null,
  stopSequences: { maximumCount: 4 },
};

const CAPABILITIES: FamilyCapabilities = { ...TEXT_ONLY, tools: true, reasoning: "effort", structuredOutput: "native" };

const DIALECT: OpenAiDialect = {
  family: FAMILY,
  systemRole: "developer",
  anyToolWord: "required",
  namedToolChoice: true,
  reasoningTags: { open: "<reasoning>", close: "</reasoning>", startsInside: false },
};

/** OpenAI gpt-oss 20B and 120B: a Chat Completions body with tools, reasoning effort and JSON Schema output. */
export const openAiGptOssCodec: TextCodec = openAiChatCodec({
  family: "openai-gpt-oss",
  displayName: "OpenAI gpt-oss (Chat Completions)",
  dialect: DIALECT,
  limits: LIMITS,
  capabilities: CAPABILITIES,
  ownFields: (request): Partial<GptOssRequestBody> => ({
    max_completion_tokens: request.maxTokens,
    reasoning_effort: request.reasoning !== undefined && "effort" in request.reasoning ? request.reasoning.effort : undefined,
    response_format: openAiResponseFormat(request),
  }),
});
