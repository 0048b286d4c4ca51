import { createUnionType } from "type-graphql";
import { ERROR_TYPES } from "./errors/error-from-failure";
import { EmbeddingResult } from "./results/embedding-result.type";
import { ImageResult } from "./results/image-result.type";
import { TextResult } from "./results/text-result.type";

export const InvokeModelResult = createUnionType({
  name: "InvokeModelResult",
  description: "The outcome of one invocation: its result, or the typed error that stopped it.",
  types: () => [TextResult, ImageResult, EmbeddingResult, ...ERROR_TYPES] as const,
});
