import { Ajv, type ValidateFunction } from "ajv";
import { LRUCache } from "lru-cache";
import { fail, ok, type Result } from "../lib/result";
import { type SchemaViolation } from "../models/invocation.types";
import { stableKey } from "./stable-key";

// Callers send JSON Schemas written for several providers; keywords Ajv does not know (a
// provider's `strict`, draft-specific ones) are ignored rather than refused. No schema is ever
// fetched: Ajv resolves only $refs inside the schema itself.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });

// Compiling is the costly part; the same tool definitions come with every turn of a conversation.
const compiled = new LRUCache<string, ValidateFunction>({ max: 500 });

/** The schema compiled, or why it is not a JSON Schema. */
export function compileJsonSchema(schema: Record<string, unknown>): Result<ValidateFunction, string> {
  const key = stableKey(schema);
  const cached = compiled.get(key);
  if (cached !== undefined) return ok(cached);
  try {
    const validate = ajv.compile(schema);
    compiled.set(key, validate);
    return ok(validate);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** How `value` breaks `schema`; empty when it matches. A schema that does not compile was refused with the request. */
export function schemaViolations(schema: Record<string, unknown>, value: unknown): SchemaViolation[] {
  const validate = compileJsonSchema(schema);
  if (!validate.ok) return [{ path: "", message: `the schema does not compile: ${validate.failure}` }];
  if (validate.value(value)) return [];
  return (validate.value.errors ?? []).map((error) => ({ path: error.instancePath, message: error.message ?? error.keyword }));
}
