import { invalidInput, type Failure } from "../lib/failure";
import { type InvocationInput, type TextRequestInput } from "./invocation.types";
import { nestedDeeperThan } from "./json-depth";

/** How large one invocation's input may be; refused as a ValidationError before Bedrock is called. */
export interface InputSizeLimits {
  /** Longest prompt, system text, message or embedding text, in characters. */
  maxPromptChars: number;
  /** Most entries in an input list (messages, stop sequences). */
  maxListLength: number;
  /** Deepest nesting of objects and arrays in a raw JSON `body` and in any JSON input (schemas, tool inputs and results). */
  maxJsonDepth: number;
  /** Most media bytes (images, documents, video; decoded) in one invocation, whatever the family allows. */
  maxMediaBytes: number;
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

// A JSON Schema costs far more to compile than to send: a 4 MB one takes seconds and gigabytes. Real
// tool and response schemas are a few kilobytes; these leave room for large ones and bound the cost.
const MAX_SCHEMA_BYTES = 64 * 1024;
const MAX_SCHEMA_BYTES_PER_REQUEST = 256 * 1024;

function schemaSizes(text: TextRequestInput | null | undefined): Array<{ field: string; bytes: number }> {
  const schemas = [
    ...(text?.tools ?? []).map((tool, index) => ({ field: `input.text.tools.${index}.inputSchema`, schema: tool?.inputSchema })),
    { field: "input.text.responseFormat.jsonSchema", schema: text?.responseFormat?.jsonSchema },
  ];
  return schemas.flatMap(({ field, schema }) =>
    schema === undefined || schema === null ? [] : [{ field, bytes: Buffer.byteLength(JSON.stringify(schema)) }],
  );
}

/** Schemas past their size limits; run after the depth checks, so serializing them is safe. */
function tooLargeSchema(text: TextRequestInput | null | undefined): Failure | null {
  const sizes = schemaSizes(text);
  const large = sizes.find(({ bytes }) => bytes > MAX_SCHEMA_BYTES);
  if (large !== undefined) return invalidInput(large.field, `${large.field} is ${large.bytes} bytes of JSON; the limit is ${MAX_SCHEMA_BYTES}`);
  const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
  if (total <= MAX_SCHEMA_BYTES_PER_REQUEST) return null;
  return invalidInput(
    "input.text.tools",
    `input.text.tools and responseFormat hold ${total} bytes of JSON Schema; the limit is ${MAX_SCHEMA_BYTES_PER_REQUEST} per invocation`,
  );
}

function blockProblems(text: TextRequestInput | null | undefined, limits: InputSizeLimits): Array<() => Failure | null> {
  const messages = text?.messages ?? [];
  const perBlock = messages.flatMap((message, turn) =>
    (message?.blocks ?? []).flatMap((block, index) => {
      const field = `input.text.messages.${turn}.blocks.${index}`;
      return [
        () => tooLong(`${field}.text`, block?.text, limits),
        () => tooLong(`${field}.toolResult.content`, block?.toolResult?.content, limits),
        () => tooLong(`${field}.reasoning.text`, block?.reasoning?.text, limits),
        () => tooDeep(`${field}.toolUse.input`, block?.toolUse?.input, limits),
        () => tooDeep(`${field}.toolResult.content`, block?.toolResult?.content, limits),
      ];
    }),
  );
  const perTool = (text?.tools ?? []).flatMap((tool, index) => [
    () => tooLong(`input.text.tools.${index}.description`, tool?.description, limits),
    () => tooDeep(`input.text.tools.${index}.inputSchema`, tool?.inputSchema, limits),
  ]);
  return [
    ...messages.map((message, turn) => () => tooMany(`input.text.messages.${turn}.blocks`, message?.blocks, limits)),
    () => tooMany("input.text.tools", text?.tools, limits),
    ...perBlock,
    ...perTool,
    () => tooDeep("input.text.responseFormat.jsonSchema", text?.responseFormat?.jsonSchema, limits),
    () => tooLargeSchema(text),
    () => tooMuchMedia(text, limits),
  ];
}

/** Media bytes across the whole invocation, counted from base64 lengths without decoding. */
function tooMuchMedia(text: TextRequestInput | null | undefined, limits: InputSizeLimits): Failure | null {
  const blocks = (text?.messages ?? []).flatMap((message) => message?.blocks ?? []);
  const bytes = blocks.reduce((sum, block) => {
    const base64 = block?.image?.base64 ?? block?.document?.base64 ?? block?.video?.base64;
    return typeof base64 === "string" ? sum + Math.floor((base64.length * 3) / 4) : sum;
  }, 0);
  if (bytes <= limits.maxMediaBytes) return null;
  return invalidInput(
    "input.text.messages",
    `input.text.messages carry ${bytes} bytes of media; the limit is ${limits.maxMediaBytes} bytes per invocation`,
  );
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
    ...blockProblems(text, limits),
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
