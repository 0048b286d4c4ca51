import { type TextCodec } from "../codec.types";
import { TEXT_ONLY, type FamilyCapabilities } from "../family-capabilities";
import { openAiChatCodec, type OpenAiDialect } from "../openai-chat/openai-chat";
import { UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
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

/** AI21 Jamba 1.5 Mini and Large: `{messages, max_tokens, temperature, top_p, stop, tools}`, `system` as a system message. */
export const ai21JambaCodec: TextCodec = openAiChatCodec({
  family: "ai21-jamba",
  displayName: "AI21 Labs Jamba",
  dialect: DIALECT,
  limits: LIMITS,
  capabilities: CAPABILITIES,
  ownFields: (request): Partial<Ai21JambaRequestBody> => ({ max_tokens: request.maxTokens }),
});
