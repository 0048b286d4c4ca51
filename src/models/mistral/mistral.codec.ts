import { ok } from "../../lib/result";
import { type TextCodec } from "../codec.types";
import { parseWireBody } from "../parse-wire-body";
import { ANY_TOKEN_COUNT, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import { writeMistralInstructPrompt } from "./mistral-instruct-prompt";
import { mistralChunkSchema, mistralResponseSchema, type MistralChatRequestBody, type MistralCompletionRequestBody } from "./mistral.wire";

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

/**
 * Mistral models. Older ones complete a `prompt` in the `[INST]` format; Mistral Large 2407 and
 * later take `messages`. The base model id picks the form.
 */
export const mistralCodec: TextCodec = {
  family: "mistral",
  displayName: "Mistral AI",
  modality: "TEXT",
  encode(request, modelId) {
    const completion = COMPLETION_MODELS.some((prefix) => modelId.startsWith(prefix));
    const name = completion ? `${FAMILY} text completion (${modelId})` : `${FAMILY} chat completion (${modelId})`;
    // The instruction format pairs each [INST] user turn with the answer after it, so it opens with the user.
    const turns = readTextRequest(request, completion ? COMPLETION_LIMITS : CHAT_LIMITS, name, { userFirst: completion, userLast: false });
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
    const systemTurn = request.system === undefined ? [] : [{ role: "system" as const, content: request.system }];
    const body: MistralChatRequestBody = {
      messages: [...systemTurn, ...turns.value],
      max_tokens: request.maxTokens,
      temperature: request.temperature,
      top_p: request.topP,
      stop: request.stopSequences,
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(mistralResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const answer = parsed.value;
    const [text, stopReason] =
      "outputs" in answer
        ? [answer.outputs[0].text, answer.outputs[0].stop_reason]
        : [answer.choices[0].message.content ?? "", answer.choices[0].stop_reason];
    return ok({ modality: "TEXT", text, stopReason: stopReason ?? null, usage: { inputTokens: null, outputTokens: null } });
  },
  decodeChunk(chunk) {
    const parsed = parseWireBody(mistralChunkSchema, chunk, `${FAMILY} stream chunk`);
    if (!parsed.ok) return parsed;
    const output = parsed.value.outputs?.at(0);
    const choice = parsed.value.choices?.at(0);
    const text = output?.text ?? choice?.message?.content ?? choice?.delta?.content ?? "";
    return ok({ text, stopReason: output?.stop_reason ?? choice?.stop_reason ?? undefined });
  },
};
