import { invalidInput, type Failure } from "../lib/failure";
import { type InvocationInput } from "./invocation.types";
import { nestedDeeperThan } from "./json-depth";

/** How large one invocation's input may be; refused as a ValidationError before Bedrock is called. */
export interface InputSizeLimits {
  /** Longest prompt, system text, message or embedding text, in characters. */
  maxPromptChars: number;
  /** Most entries in an input list (messages, stop sequences). */
  maxListLength: number;
  /** Deepest nesting of objects and arrays in a raw JSON `body`. */
  maxJsonDepth: number;
}

function tooLong(field: string, value: unknown, limits: InputSizeLimits): Failure | null {
  if (typeof value !== "string" || value.length <= limits.maxPromptChars) return null;
  return invalidInput(field, `${field} is ${value.length} characters long; the limit is ${limits.maxPromptChars}`);
}

function tooMany(field: string, value: unknown, limits: InputSizeLimits): Failure | null {
  if (!Array.isArray(value) || value.length <= limits.maxListLength) return null;
  return invalidInput(field, `${field} has ${value.length} entries; the limit is ${limits.maxListLength}`);
}

function tooDeep(field: string, value: unknown, limits: InputSizeLimits): Failure | null {
  if (!nestedDeeperThan(value, limits.maxJsonDepth)) return null;
  return invalidInput(field, `${field} nests objects and arrays more than ${limits.maxJsonDepth} levels deep; the limit is ${limits.maxJsonDepth}`);
}

/**
 * The first input field past a size limit, or null. Runs before the schema and codecs look at
 * the input, so an oversized request costs no more than this walk.
 */
export function oversizedInput(input: InvocationInput, limits: InputSizeLimits): Failure | null {
  const { text, embedding, image } = input;
  const checks: Array<() => Failure | null> = [
    () => tooDeep("input.body", input.body, limits),
    () => tooLong("input.text.prompt", text?.prompt, limits),
    () => tooLong("input.text.system", text?.system, limits),
    () => tooMany("input.text.messages", text?.messages, limits),
    () => text?.messages?.map((message, index) => tooLong(`input.text.messages.${index}.content`, message?.content, limits)).find(Boolean) ?? null,
    () => tooMany("input.text.stopSequences", text?.stopSequences, limits),
    () => text?.stopSequences?.map((sequence, index) => tooLong(`input.text.stopSequences.${index}`, sequence, limits)).find(Boolean) ?? null,
    () => tooLong("input.embedding.text", embedding?.text, limits),
    () => tooLong("input.image.prompt", image?.prompt, limits),
    () => tooLong("input.image.negativePrompt", image?.negativePrompt, limits),
  ];
  for (const check of checks) {
    const failure = check();
    if (failure) return failure;
  }
  return null;
}
