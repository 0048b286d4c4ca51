import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { fail, ok, type Result } from "../lib/result";
import { accessPolicySchema, type AccessPolicyDocument } from "./access-policy.schema";

/**
 * Reads and validates POLICY_FILE (YAML, or JSON, which YAML reads too). The failure names the
 * file and every problem with its path, e.g. `principals.alice.tenant: names tenant "x", …`.
 */
export function readAccessPolicyFile(path: string): Result<AccessPolicyDocument, string> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return fail(`POLICY_FILE ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseAccessPolicy(text, path);
}

export function parseAccessPolicy(text: string, source: string): Result<AccessPolicyDocument, string> {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    return fail(`POLICY_FILE ${source} is neither YAML nor JSON: ${(error as Error).message}`);
  }
  const parsed = accessPolicySchema.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
    return fail(`POLICY_FILE ${source} is not a valid policy — ${problems.join("; ")}`);
  }
  return ok(parsed.data);
}
