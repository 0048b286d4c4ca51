import { z } from "zod";

/** The DeepSeek-R1 request body, a text completion: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html */
export interface DeepSeekRequestBody {
  prompt: string;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
}

/**
 * A DeepSeek answer: `choices[0]` with its text and `stop_reason` (`stop` or `length`); no token
 * counts (same page).
 */
export const deepSeekResponseSchema = z.object({
  choices: z.array(z.object({ text: z.string(), stop_reason: z.string().nullish() })).min(1),
});

/**
 * A stream chunk has the answer's `choices` shape (same page). The list and its text are
 * optional here: a chunk without them adds nothing rather than failing the stream.
 */
export const deepSeekChunkSchema = z.object({
  choices: z.array(z.object({ text: z.string().nullish(), stop_reason: z.string().nullish() })).nullish(),
});
