import { type Failure } from "../lib/failure";
import { type Result } from "../lib/result";
import { type Invocation } from "../service/invocation.types";
import { assertNever } from "../lib/assert-never";
import { type BedrockError } from "./errors/bedrock-error.interface";
import { errorFromFailure } from "./errors/error-from-failure";
import { EmbeddingResult } from "./results/embedding-result.type";
import { ImageResult } from "./results/image-result.type";
import { TextResult } from "./results/text-result.type";
import { toTokenUsage } from "./results/token-usage.mapper";
import { toToolCall } from "./results/tool-call.mapper";

/** The union member for a service result: the success type of its modality, or its error type. */
export function toInvokeModelResult(result: Result<Invocation, Failure>): TextResult | ImageResult | EmbeddingResult | BedrockError {
  if (!result.ok) return errorFromFailure(result.failure);
  const { output, raw, cached, ...metadata } = result.value;
  switch (output.modality) {
    case "TEXT":
      return Object.assign(new TextResult(), metadata, {
        text: output.text,
        stopReason: output.stopReason,
        finishReason: output.finishReason,
        toolCalls: output.toolCalls.map(toToolCall),
        json: output.json ?? null,
        jsonViolations: output.jsonViolations ?? [],
        reasoning: output.reasoning,
        usage: toTokenUsage(output.usage),
        raw,
      });
    case "EMBEDDING":
      return Object.assign(new EmbeddingResult(), metadata, {
        embedding: output.vector,
        dimensions: output.vector.length,
        usage: toTokenUsage(output.usage),
        cached,
      });
    case "IMAGE":
      return Object.assign(new ImageResult(), metadata, { images: output.images });
    default:
      return assertNever(output, "model output");
  }
}
