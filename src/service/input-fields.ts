import { z } from "zod";

/** Field shapes every invocation input shares. */

/** GraphQL sends null for an omitted nullable input field; codecs see it as absent. */
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

export const nonEmpty = z.string().refine((value) => value.trim().length > 0, "must not be empty");

// Bedrock's tool-name pattern (ToolSpecification.name in the Converse API reference).
export const toolName = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "must be 1–64 letters, digits, _ or -");
