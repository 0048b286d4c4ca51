import { type z } from "zod";
import { rejectedAsInvalid, type EngineRejection } from "./engine-outcome";

export type ParsedBody<T> = { ok: true; value: T } | EngineRejection;

// Zod 4 hands the error function the offending input; an absent one reads better as "required".
function describeIssue(issue: { input?: unknown }): string | undefined {
  return issue.input === undefined ? "required key not found" : undefined;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "body" : path.map(String).join(".");
}

/**
 * Reads a request body with a family's schema. The rejection names every offending field, in
 * the frame Bedrock uses for model-body errors ("Malformed input request: …, please reformat your
 * input and try again.").
 */
export function parseRequestBody<T>(schema: z.ZodType<T>, body: unknown): ParsedBody<T> {
  const parsed = schema.safeParse(body, { error: describeIssue });
  if (parsed.success) {
    return { ok: true, value: parsed.data };
  }
  const problems = parsed.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
  return rejectedAsInvalid(`Malformed input request: ${problems.join("; ")}, please reformat your input and try again.`);
}
