import { Ajv, type ValidateFunction } from "ajv";
import { LRUCache } from "lru-cache";
import { RE2 } from "re2-wasm";
import { fail, ok, type Result } from "../lib/result";
import { type SchemaViolation } from "../models/invocation.types";
import { stableKey } from "./stable-key";

// Schemas come from callers and their patterns run against model output, which a caller can steer:
// RE2 matches in linear time, so no pattern can stall the process (a backtracking RegExp can, for
// seconds per answer). RE2 has no lookaround or backreferences; a pattern using them is refused
// with the schema. RE2 needs the `u` flag.
// (`code` names the engine in standalone validation code, which the gateway does not generate.)
const linearRegExp = Object.assign((source: string, flags: string) => new RE2(source, flags.includes("u") ? flags : `${flags}u`), {
  code: "re2-wasm",
});

/**
 * A compiler of its own for every schema: Ajv keeps every schema it compiled, by `$id`, so a
 * shared one would let one caller's `$id` refuse or `$ref` reach another caller's schema, and
 * would never let go of them. Callers send schemas written for several providers; keywords Ajv
 * does not know (a provider's `strict`) are ignored, and nothing is ever fetched.
 */
function compile(schema: Record<string, unknown>): ValidateFunction {
  return new Ajv({ allErrors: true, strict: false, validateFormats: false, code: { regExp: linearRegExp } }).compile(schema);
}

// Compiling is the costly part; the same tool definitions come with every turn of a conversation.
const compiled = new LRUCache<string, ValidateFunction>({ max: 500 });

/** The schema compiled, or why it is not a JSON Schema. */
export function compileJsonSchema(schema: Record<string, unknown>): Result<ValidateFunction, string> {
  const key = stableKey(schema);
  const cached = compiled.get(key);
  if (cached !== undefined) return ok(cached);
  try {
    const validate = compile(schema);
    compiled.set(key, validate);
    return ok(validate);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/**
 * How `value` breaks `schema`; empty when it matches. A schema that compiles may still fail when
 * applied (one that refers to itself without end overflows the stack): that is reported as a
 * violation, as the answer cannot be shown to match.
 */
export function schemaViolations(schema: Record<string, unknown>, value: unknown): SchemaViolation[] {
  const validate = compileJsonSchema(schema);
  if (!validate.ok) return [{ path: "", message: `the schema does not compile: ${validate.failure}` }];
  try {
    if (validate.value(value)) return [];
  } catch (error) {
    return [{ path: "", message: `the schema could not be applied: ${error instanceof Error ? error.message : String(error)}` }];
  }
  return (validate.value.errors ?? []).map((error) => ({ path: error.instancePath, message: error.message ?? error.keyword }));
}
