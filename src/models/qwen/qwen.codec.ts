import { type TextCodec } from "../codec.types";
import { MEBIBYTE, TEXT_ONLY, type FamilyCapabilities } from "../family-capabilities";
import { openAiChatCodec, openAiResponseFormat, type OpenAiDialect } from "../openai-chat/openai-chat";
import { type OpenAiMessage, type OpenAiResponseFormat, type OpenAiTool, type OpenAiToolChoice } from "../openai-chat/openai-chat.wire";
import { ANY_TOKEN_COUNT, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";

const FAMILY = "Qwen3";

/**
 * Qwen3 models on InvokeModel (Qwen3 32B, 235B A22B, the Coder models, Qwen3 VL) take an
 * OpenAI-style chat body; the model cards list InvokeModel among their APIs:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards-qwen.html
 * Hybrid-thinking models write their reasoning between <think> tags ahead of the answer.
 */
interface QwenRequestBody {
  messages: OpenAiMessage[];
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
  tools?: OpenAiTool[];
  tool_choice?: OpenAiToolChoice;
  response_format?: OpenAiResponseFormat;
}

const LIMITS: TextOptionLimits = {
  maxTokens: ANY_TOKEN_COUNT,
  temperature: { minimum: 0, maximum: 2, whole: false },
  topP: UNIT_INTERVAL,
  topK: null,
  stopSequences: { maximumCount: Infinity },
};

// Tools and JSON Schema output for every Qwen3 model; images (image_url parts) for Qwen3 VL, which the
// catalog marks. Image limits are this gateway's own, within InvokeModel's body limit.
const CAPABILITIES: FamilyCapabilities = {
  ...TEXT_ONLY,
  tools: true,
  structuredOutput: "native",
  image: { formats: ["png", "jpeg", "gif", "webp"], maxBytesPerItem: 10 * MEBIBYTE, maxItems: 8, s3: false },
  maxMediaBytes: 18 * MEBIBYTE,
};

const DIALECT: OpenAiDialect = {
  family: FAMILY,
  systemRole: "system",
  anyToolWord: "required",
  namedToolChoice: true,
  reasoningTags: { open: "<think>", close: "</think>", startsInside: false },
};

/** Qwen3: a chat-completions body with tools and JSON Schema output; reasoning read from <think> tags. */
export const qwenCodec: TextCodec = openAiChatCodec({
  family: "qwen",
  displayName: "Qwen3 (chat completions)",
  dialect: DIALECT,
  limits: LIMITS,
  capabilities: CAPABILITIES,
  ownFields: (request): Partial<QwenRequestBody> => ({ max_tokens: request.maxTokens, response_format: openAiResponseFormat(request) }),
});
