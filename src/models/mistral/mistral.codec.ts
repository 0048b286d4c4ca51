import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { MEBIBYTE, TEXT_ONLY, type FamilyCapabilities } from "../family-capabilities";
import { type FinishReason } from "../invocation.types";
import {
  CHAT_COMPLETION_FINISH_REASONS,
  openAiMessages,
  openAiTools,
  readOpenAiChat,
  readOpenAiChatChunk,
  type OpenAiDialect,
} from "../openai-chat/openai-chat";
import { openAiChatResponseSchema } from "../openai-chat/openai-chat.wire";
import { parseWireBody } from "../parse-wire-body";
import { finishReasonOf } from "../prompt/finish-reason";
import { ANY_TOKEN_COUNT, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import { writeMistralInstructPrompt } from "./mistral-instruct-prompt";
import {
  mistralCompletionChunkSchema,
  mistralCompletionResponseSchema,
  type MistralChatRequestBody,
  type MistralCompletionRequestBody,
} from "./mistral.wire";

const FAMILY = "Mistral";

// The models the Bedrock text-completion page lists; every other Mistral model, from Large 2407 on,
// takes the chat-completion body. https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html
const COMPLETION_MODELS = [
  "mistral.mistral-7b-instruct",
  "mistral.mixtral-8x7b-instruct",
  "mistral.mistral-large-2402",
  "mistral.mistral-small-2402",
];

// Text completion: top_k 1–200, at most 10 stop sequences (same page).
const COMPLETION_LIMITS: TextOptionLimits = {
  maxTokens: ANY_TOKEN_COUNT,
  temperature: UNIT_INTERVAL,
  topP: UNIT_INTERVAL,
  topK: { minimum: 1, maximum: 200, whole: true },
  stopSequences: { maximumCount: 10 },
};

// Chat completion documents max_tokens, temperature and top_p and has no top_k:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-chat-completion.html
// Stop sequences go in Mistral's chat-completion `stop` field, for which no count is documented.
const CHAT_LIMITS: TextOptionLimits = { ...COMPLETION_LIMITS, topK: null, stopSequences: { maximumCount: Infinity } };

// Chat completion: tools with tool_choice auto, any or none (same page); images as image_url parts for
// Pixtral Large (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-pixtral-large.html),
// png, jpeg, gif or webp, up to 10 MB each and 8 per request as Mistral documents for Pixtral; the catalog
// says which models take images.
const CHAT_CAPABILITIES: FamilyCapabilities = {
  ...TEXT_ONLY,
  tools: true,
  image: { formats: ["png", "jpeg", "gif", "webp"], maxBytesPerItem: 10 * MEBIBYTE, maxItems: 8, s3: false },
  maxMediaBytes: 18 * MEBIBYTE,
};

const DIALECT: OpenAiDialect = { family: FAMILY, systemRole: "system", anyToolWord: "any", namedToolChoice: false, reasoningTags: null };

const FINISH_REASONS: Record<string, FinishReason> = { ...CHAT_COMPLETION_FINISH_REASONS, model_length: "MAX_TOKENS" };

/**
 * Mistral models. Older ones complete a `prompt` in the `[INST]` format; Mistral Large 2407 and
 * later (Pixtral too) take `messages`, with tools. The base model id picks the form.
 */
export const mistralCodec: TextCodec = {
  family: "mistral",
  displayName: "Mistral AI",
  modality: "TEXT",
  capabilities: CHAT_CAPABILITIES,
  finishReasons: FINISH_REASONS,
  encode(request, modelId) {
    const completion = COMPLETION_MODELS.some((prefix) => modelId.startsWith(prefix));
    const family = completion ? `${FAMILY} text completion (${modelId})` : `${FAMILY} chat completion (${modelId})`;
    // The instruction format pairs each [INST] user turn with the answer after it, so it opens with the user.
    const turns = readTextRequest(request, {
      family,
      limits: completion ? COMPLETION_LIMITS : CHAT_LIMITS,
      turns: { userFirst: completion, userLast: false },
      capabilities: completion ? TEXT_ONLY : CHAT_CAPABILITIES,
    });
    if (!turns.ok) return turns;
    if (completion) {
      const body: MistralCompletionRequestBody = {
        prompt: writeMistralInstructPrompt(turns.value, request.system),
        max_tokens: request.maxTokens,
        temperature: request.temperature,
        top_p: request.topP,
        top_k: request.topK,
        stop: request.stopSequences,
      };
      return ok(body);
    }
    const tools = openAiTools(request, { ...DIALECT, family });
    if (!tools.ok) return tools;
    const body: MistralChatRequestBody = {
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
    const completion = mistralCompletionResponseSchema.safeParse(body);
    if (completion.success) {
      const [output] = completion.data.outputs;
      const stopReason = output.stop_reason ?? null;
      return ok({
        modality: "TEXT",
        text: output.text,
        stopReason,
        finishReason: finishReasonOf(FINISH_REASONS, stopReason),
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: null, outputTokens: null },
      });
    }
    const chat = parseWireBody(openAiChatResponseSchema, body, FAMILY);
    return chat.ok ? ok(readOpenAiChat(chat.value, DIALECT, FINISH_REASONS)) : chat;
  },
  decodeChunk(chunk) {
    const completion = mistralCompletionChunkSchema.safeParse(chunk);
    const output = completion.success ? completion.data.outputs?.at(0) : undefined;
    if (output !== undefined) return ok({ text: output.text ?? "", stopReason: output.stop_reason ?? undefined });
    return readOpenAiChatChunk(chunk, FAMILY);
  },
};
