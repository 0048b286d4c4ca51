import { type z } from "zod";
import { fail, ok, type Result } from "../lib/result";
import { type CodecProblem } from "./codec.types";

/**
 * Reads a provider's response body against the schema of its documented shape. Unknown fields
 * pass (providers add fields over time); a missing or mistyped required one is a problem that
 * names the path, so a changed provider format is reported rather than half-read.
 */
export function parseWireBody<Schema extends z.ZodType>(schema: Schema, body: unknown, format: string): Result<z.output<Schema>, CodecProblem> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return ok(parsed.data);
  const details = parsed.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
  return fail({ message: `The ${format} response does not have the documented shape (${details})` });
}
