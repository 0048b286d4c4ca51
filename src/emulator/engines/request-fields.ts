import { z } from "zod";

/**
 * Field shapes that several families' request bodies share. Ranges are each family's documented
 * bounds; families with other bounds build their own.
 */
export const requestFields = {
  /** A sampling probability or temperature documented as 0–1. */
  unitInterval: () => z.number().min(0).max(1),
  /** A token budget: a whole number of at least 1, up to the family's documented maximum. */
  tokenLimit: (maximum: number = Number.MAX_SAFE_INTEGER) => z.number().int().min(1).max(maximum),
  /** Stop sequences: non-empty strings (an empty one would stop before the first token). */
  stopSequences: (maximumCount: number = Number.MAX_SAFE_INTEGER) => z.array(z.string().min(1)).max(maximumCount),
  /** Text a model reads or draws from; Bedrock rejects an empty prompt. */
  prompt: (maximumLength: number = Number.MAX_SAFE_INTEGER) =>
    z
      .string()
      .min(1)
      .max(maximumLength)
      .refine((text) => text.trim().length > 0, "must not be blank"),
};
