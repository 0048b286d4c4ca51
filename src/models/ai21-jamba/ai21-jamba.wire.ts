import { z } from "zod";

/** The AI21 Jamba 1.5 request body, an OpenAI-style chat: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html */
export interface Ai21JambaRequestBody {
  messages: Array<{ role: "system" | "user" | "assistant"; content: string }>;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
}

/** A Jamba answer: `choices[0].message`, its `finish_reason`, and prompt/completion token usage (same page). */
export const ai21JambaResponseSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
});

/**
 * An OpenAI-style stream chunk: `choices[0].delta.content`, the finish reason on the last
 * choice chunk, usage when sent. `choices` may be empty or absent (a usage-only chunk), so such
 * a chunk adds nothing rather than failing the stream.
 */
export const ai21JambaChunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z.object({ content: z.string().nullish() }).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: ai21JambaResponseSchema.shape.usage,
});
