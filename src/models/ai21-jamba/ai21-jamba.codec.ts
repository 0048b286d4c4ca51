import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { TEXT_ONLY, type FamilyCapabilities } from "../family-capabilities";
import { type FinishReason } from "../invocation.types";
import { openAiMessages, openAiTools, readOpenAiChat, readOpenAiChatChunk, type OpenAiDialect } from "../openai-chat/openai-chat";
import { openAiChatResponseSchema } from "../openai-chat/openai-chat.wire";
import { parseWireBody } from "../parse-wire-body";
import { UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import { type Ai21JambaRequestBody } from "./ai21-jamba.wire";

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

// Tools, text only; Jamba's API has no way to force a tool call and no JSON Schema output.
const CAPABILITIES: FamilyCapabilities = { ...TEXT_ONLY, tools: true };

const DIALECT: OpenAiDialect = { family: FAMILY, systemRole: "system", anyToolWord: null, namedToolChoice: false, reasoningTags: null };

const FINISH_REASONS: Record<string, FinishReason> = { stop: "END_TURN", length: "MAX_TOKENS", tool_calls: "TOOL_USE" };

/** AI21 Jamba 1.5 Mini and Large: `{messages, max_tokens, temperature, top_p, stop, tools}`, `system` as a system message. */
export const ai21JambaCodec: TextCodec = {
  family: "ai21-jamba",
  displayName: "AI21 Labs Jamba",
  modality: "TEXT",
  capabilities: CAPABILITIES,
  finishReasons: FINISH_REASONS,
  encode(request) {
    const turns = readTextRequest(request, {
      family: FAMILY,
      limits: LIMITS,
      turns: { userFirst: false, userLast: false },
      capabilities: CAPABILITIES,
    });
    if (!turns.ok) return turns;
    const tools = openAiTools(request, DIALECT);
    if (!tools.ok) return tools;
    const body: Ai21JambaRequestBody = {
      messages: openAiMessages(turns.value, request.system, DIALECT),
      max_tokens: request.maxTokens,
      temperature: request.temperature,
      top_p: request.topP,
      stop: request.stopSequences,
      ...tools.value,
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(openAiChatResponseSchema, body, FAMILY);
    return parsed.ok ? ok(readOpenAiChat(parsed.value, DIALECT, FINISH_REASONS)) : parsed;
  },
  decodeChunk: (chunk) => readOpenAiChatChunk(chunk, FAMILY),
};
