import { z } from "zod";

/** An earlier turn of a Command R conversation; the model's own turns are CHATBOT. */
export interface CohereChatTurn {
  role: "USER" | "CHATBOT";
  message: string;
}

/** The Command R / R+ request body: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html */
export interface CohereCommandRRequestBody {
  message: string;
  chat_history?: CohereChatTurn[];
  preamble?: string;
  max_tokens?: number;
  temperature?: number;
  p?: number;
  k?: number;
  stop_sequences?: string[];
}

/**
 * A Command R answer: `text` and `finish_reason` (COMPLETE, MAX_TOKENS, ERROR…), same page.
 * Token counts, when sent, are in `meta.billed_units` as in Cohere's own Chat API.
 */
export const cohereCommandRResponseSchema = z.object({
  text: z.string(),
  finish_reason: z.string().nullish(),
  meta: z
    .object({
      billed_units: z.object({ input_tokens: z.number().nullish(), output_tokens: z.number().nullish() }).nullish(),
    })
    .nullish(),
});

/**
 * A Command R stream chunk: `text-generation` events carry text; the final `stream-end` event
 * carries `finish_reason` and the whole response (Cohere's own chat stream shape, unverified on Bedrock).
 */
export const cohereCommandRChunkSchema = z.object({
  event_type: z.string(),
  text: z.string().optional(),
  finish_reason: z.string().nullish(),
  response: cohereCommandRResponseSchema.pick({ meta: true }).nullish(),
});
