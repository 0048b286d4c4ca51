import { z } from "zod";

/** The Titan Text request body: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-text.html */
export interface TitanTextRequestBody {
  inputText: string;
  textGenerationConfig: {
    maxTokenCount?: number;
    temperature?: number;
    topP?: number;
    stopSequences?: string[];
  };
}

/**
 * A Titan Text answer: the prompt's token count and one result per generation (same page).
 * `completionReason` is documented as FINISHED, LENGTH, STOP_CRITERIA_MET… while the real service
 * has been seen to send FINISH, so any string is read as the family's own reason.
 */
export const titanTextResponseSchema = z.object({
  inputTextTokenCount: z.number().nullish(),
  results: z
    .array(
      z.object({
        outputText: z.string(),
        tokenCount: z.number().nullish(),
        completionReason: z.string().nullish(),
      }),
    )
    .min(1),
});

/**
 * A Titan Text stream chunk: the next piece of text, with the reason and running output count
 * on the last one and the prompt's count on the first (as captures of the real service show).
 */
export const titanTextChunkSchema = z.object({
  outputText: z.string(),
  inputTextTokenCount: z.number().nullish(),
  totalOutputTextTokenCount: z.number().nullish(),
  completionReason: z.string().nullish(),
});
