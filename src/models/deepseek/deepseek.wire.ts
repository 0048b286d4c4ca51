import { z } from "zod";

/** The DeepSeek-R1 request body, a text completion (reference §5.14, source [28]). */
export interface DeepSeekRequestBody {
  prompt: string;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
}

/**
 * A DeepSeek answer: `choices[0]` with its text and `stop_reason` (`stop` or `length`); no token
 * counts (reference §5.14).
 */
export const deepSeekResponseSchema = z.object({
  choices: z.array(z.object({ text: z.string(), stop_reason: z.string().nullish() })).min(1),
});

/**
 * A stream chunk has the answer's `choices` shape (reference §5.14). The list and its text are
 * optional here: a chunk without them adds nothing rather than failing the stream.
 */
export const deepSeekChunkSchema = z.object({
  choices: z.array(z.object({ text: z.string().nullish(), stop_reason: z.string().nullish() })).nullish(),
});
