import { z } from "zod";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { completePrompt } from "./prompt-completion";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { type GenerationStop } from "./text-generator";
import { titanTextStreamChunks } from "./titan-text.stream";

// maxTokenCount ceilings per model; the default is 512:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-text.html
const MAXIMUM_TOKEN_COUNTS: ReadonlyArray<readonly [prefix: string, maximum: number]> = [
  ["amazon.titan-text-premier", 3072],
  ["amazon.titan-text-lite", 4096],
  ["amazon.titan-text-express", 8192],
];
const FALLBACK_MAXIMUM_TOKEN_COUNT = 8192;
const DEFAULT_MAXIMUM_TOKEN_COUNT = 512;

function titanTextRequestSchema(maximumTokenCount: number) {
  return z.looseObject({
    inputText: requestFields.prompt(),
    textGenerationConfig: z
      .looseObject({
        temperature: requestFields.unitInterval().optional(),
        topP: requestFields.unitInterval().optional(),
        // Titan documents 0 as the lowest maxTokenCount: an empty completion.
        maxTokenCount: z.number().int().min(0).max(maximumTokenCount).optional(),
        stopSequences: requestFields.stopSequences().optional(),
      })
      .optional(),
  });
}

// Captures of the real service show "FINISH" where the same page says "FINISHED".
const COMPLETION_REASONS: Record<GenerationStop, string> = {
  end: "FINISH",
  length: "LENGTH",
  stop_sequence: "STOP_CRITERIA_MET",
};

/** Amazon Titan Text Lite, Express and Premier (`amazon.titan-text-*`). */
export const titanTextEngine: ModelEngine = (baseModelId, body) => {
  const maximumTokenCount = MAXIMUM_TOKEN_COUNTS.find(([prefix]) => baseModelId.startsWith(prefix))?.[1] ?? FALLBACK_MAXIMUM_TOKEN_COUNT;
  const parsed = parseRequestBody(titanTextRequestSchema(maximumTokenCount), body);
  if (!parsed.ok) {
    return parsed;
  }
  const { inputText, textGenerationConfig } = parsed.value;
  const generated = completePrompt(
    inputText,
    textGenerationConfig?.maxTokenCount ?? DEFAULT_MAXIMUM_TOKEN_COUNT,
    textGenerationConfig?.stopSequences ?? [],
  );
  const response = {
    inputTextTokenCount: generated.inputTokens,
    results: [
      {
        tokenCount: generated.outputTokens,
        outputText: generated.text,
        completionReason: COMPLETION_REASONS[generated.stopReason],
      },
    ],
  };
  const streamChunks = titanTextStreamChunks(response, generated.pieces);
  return answered(response, generated.inputTokens, generated.outputTokens, streamChunks);
};
