import { z } from "zod";

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
  messages: Array<{ role: "system" | "user" | "assistant"; content: string }>;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
}

/** A text completion: `outputs[0]` with its text and `stop_reason` (text-completion page above). */
const completionResponseSchema = z.object({
  outputs: z.array(z.object({ text: z.string(), stop_reason: z.string().nullish() })).min(1),
});

/** A chat completion: `choices[0].message`; content is null when the model only called tools. */
const chatResponseSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish() }),
        stop_reason: z.string().nullish(),
      }),
    )
    .min(1),
});

/** Either answer form; neither carries token counts. */
export const mistralResponseSchema = z.union([completionResponseSchema, chatResponseSchema]);

const chunkTextSchema = z.object({ content: z.string().nullish() }).nullish();

/**
 * A stream chunk of either form. Text-completion chunks have the answer's `outputs` shape
 * (text-completion page above); chat chunks have its `choices` shape, the piece under `message` as Bedrock's
 * Mistral pages show it, or under OpenAI-style `delta`. Both lists are optional: a chunk with
 * neither, or an empty one, adds nothing rather than failing the stream.
 */
export const mistralChunkSchema = z.object({
  outputs: z.array(z.object({ text: z.string().nullish(), stop_reason: z.string().nullish() })).nullish(),
  choices: z.array(z.object({ message: chunkTextSchema, delta: chunkTextSchema, stop_reason: z.string().nullish() })).nullish(),
});
