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
 * counts (reference §5.14). Stream chunks have the same shape.
 */
export const deepSeekResponseSchema = z.object({
  choices: z.array(z.object({ text: z.string(), stop_reason: z.string().nullish() })).min(1),
});
