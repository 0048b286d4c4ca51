import { z } from "zod";
import { planReply } from "./conversation-reply";
import { type ModelEngine } from "./model-engine.types";
import {
  chatCompletionAnswer,
  openAiChatFields,
  openAiReply,
  readOpenAiConversation,
  requestHex,
  stopField,
  type OpenAiChatDialect,
} from "./openai-chat.engine";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";

// Writer Palmyra X4 and X5 take `messages`, `temperature` 0–2, `top_p`, `max_tokens` up to 8,192
// and `stop`: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-palmyra-x5.html
const MAXIMUM_TOKENS = 8192;

// The page's example writes a message's content as `{"text": …}`; Writer's chat API writes a string.
// Both are taken: the object is read as its text.
const textObjectContent = z.preprocess(
  (body) => {
    if (typeof body !== "object" || body === null || !Array.isArray((body as { messages?: unknown }).messages)) return body;
    const messages = (body as { messages: Array<Record<string, unknown>> }).messages.map((message) => {
      const content = message?.content as { text?: unknown } | undefined;
      return typeof content === "object" && content !== null && !Array.isArray(content) && typeof content.text === "string"
        ? { ...message, content: content.text }
        : message;
    });
    return { ...body, messages };
  },
  z.looseObject({
    ...openAiChatFields,
    max_tokens: requestFields.tokenLimit(MAXIMUM_TOKENS).optional(),
    temperature: z.number().min(0).max(2).optional(),
    top_p: requestFields.unitInterval().optional(),
    stop: stopField(),
  }),
);

// Text turns only: the page documents no tools or images for InvokeModel.
const DIALECT: OpenAiChatDialect = { roles: ["system", "user", "assistant"], toolChoices: [], namedToolChoice: false, maxImageBytes: null };

const DEFAULT_MAXIMUM_TOKENS = 1024;

/** Writer Palmyra (`writer.palmyra-x4-*`, `writer.palmyra-x5-*`): a chat completion of text. */
export const writerPalmyraEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(textObjectContent, body);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const conversation = readOpenAiConversation(request, DIALECT, {
    maxTokens: request.max_tokens ?? DEFAULT_MAXIMUM_TOKENS,
    stop: request.stop,
    reasoning: false,
    jsonSchema: null,
  });
  if (!conversation.ok) return conversation;
  const reply = openAiReply(planReply(conversation.view), {
    callId: `call_${requestHex(baseModelId, body, 24)}`,
    writeReasoning: null,
    emptyContent: null,
  });
  return chatCompletionAnswer(baseModelId, body, conversation.view, reply);
};
