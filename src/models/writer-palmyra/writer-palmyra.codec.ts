import { type TextCodec } from "../codec.types";
import { TEXT_ONLY } from "../family-capabilities";
import { openAiChatCodec, type OpenAiDialect } from "../openai-chat/openai-chat";
import { type OpenAiMessage } from "../openai-chat/openai-chat.wire";
import { UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";

const FAMILY = "Writer Palmyra";

/**
 * Writer Palmyra X4 and X5 take a chat body: `messages` (required), `temperature` 0–2, `top_p`,
 * `max_tokens` (8,192 at most), `stop`:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-palmyra-x5.html
 * The page's example writes a message's content as `{"text": …}`; Writer's chat API takes it as a
 * string, which is what this codec sends. The answer is read as a chat completion.
 */
interface WriterRequestBody {
  messages: OpenAiMessage[];
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
}

const LIMITS: TextOptionLimits = {
  maxTokens: { minimum: 1, maximum: 8192, whole: true },
  temperature: { minimum: 0, maximum: 2, whole: false },
  topP: UNIT_INTERVAL,
  topK: null,
  stopSequences: { maximumCount: Infinity },
};

// The page documents no tool, media or JSON Schema fields for InvokeModel, so none are sent.
const DIALECT: OpenAiDialect = { family: FAMILY, systemRole: "system", anyToolWord: null, namedToolChoice: false, reasoningTags: null };

/** Writer Palmyra X4 and X5: a chat body of text turns. */
export const writerPalmyraCodec: TextCodec = openAiChatCodec({
  family: "writer-palmyra",
  displayName: "Writer Palmyra",
  dialect: DIALECT,
  limits: LIMITS,
  capabilities: TEXT_ONLY,
  ownFields: (request): Partial<WriterRequestBody> => ({ max_tokens: request.maxTokens }),
});
