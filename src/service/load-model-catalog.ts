import { readFileSync } from "node:fs";
import builtInCatalog from "../models/catalog/model-catalog.json";
import { parseModelCatalog, type CatalogEntry } from "../models/catalog/model-catalog.schema";

function parseOrThrow(json: unknown, source: string): CatalogEntry[] {
  const parsed = parseModelCatalog(json, source);
  // A catalog that does not parse is a deployment mistake: refuse to start rather than serve wrong prices.
  if (!parsed.ok) throw new Error(parsed.failure);
  return parsed.value;
}

function readOperatorFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`The model catalog file ${path} could not be read: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The built-in catalog, with the operator's file (if any) laid over it: an operator entry
 * replaces the built-in one with the same modelId, and new model ids are added at the end.
 */
export function loadModelCatalog(operatorFile: string | null): CatalogEntry[] {
  const builtIn = parseOrThrow(builtInCatalog, "the built-in model catalog");
  if (operatorFile === null) return builtIn;
  const overrides = parseOrThrow(readOperatorFile(operatorFile), operatorFile);
  const replaced = new Map(overrides.map((entry) => [entry.modelId, entry]));
  const merged = builtIn.map((entry) => replaced.get(entry.modelId) ?? entry);
  const added = overrides.filter((entry) => !builtIn.some((known) => known.modelId === entry.modelId));
  return [...merged, ...added];
}
