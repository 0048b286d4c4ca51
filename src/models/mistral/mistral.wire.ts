import { z } from "zod";
import { type OpenAiMessage, type OpenAiTool, type OpenAiToolChoice } from "../openai-chat/openai-chat.wire";

/**
 * The text-completion body of Mistral 7B, Mixtral 8x7B, Large 2402 and Small:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html
 */
export interface MistralCompletionRequestBody {
  prompt: string;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  stop?: string[];
}

/**
 * The chat-completion body of Mistral Large 2407 and later:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-chat-completion.html
 * `stop` is Mistral's own chat-completion field; Bedrock's chat page does not list it.
 */
export interface MistralChatRequestBody {
  messages: OpenAiMessage[];
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
  tools?: OpenAiTool[];
  tool_choice?: OpenAiToolChoice;
}

/** A text completion: `outputs[0]` with its text and `stop_reason` (text-completion page above). */
export const mistralCompletionResponseSchema = z.object({
  outputs: z.array(z.object({ text: z.string(), stop_reason: z.string().nullish() })).min(1),
});

/** A text-completion stream chunk: the answer's `outputs` shape; a chunk without it adds nothing. */
export const mistralCompletionChunkSchema = z.object({
  outputs: z.array(z.object({ text: z.string().nullish(), stop_reason: z.string().nullish() })).nullish(),
});
