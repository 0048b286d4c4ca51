import { type StructuredOutputMode } from "../models/family-capabilities";
import { type SchemaViolation, type TextGeneration, type TextRequest, type ToolCall } from "../models/invocation.types";
import { settledFinishReason } from "../models/prompt/finish-reason";
import { schemaViolations } from "./json-schema-check";

// Models asked for JSON sometimes fence it as Markdown; the JSON inside is still the answer.
const FENCED = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/;

function parseJsonAnswer(text: string): { ok: true; value: unknown } | { ok: false } {
  const body = FENCED.exec(text)?.[1] ?? text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

function checkToolCall(call: ToolCall, request: TextRequest): ToolCall {
  const tool = request.tools?.find((offered) => offered.name === call.name);
  if (tool === undefined)
    return { ...call, inputViolations: [{ path: "", message: `the model called ${call.name}, a tool the request did not offer` }] };
  if (typeof call.input === "string") return { ...call, inputViolations: [{ path: "", message: "the tool input the model wrote is not JSON" }] };
  return { ...call, inputViolations: schemaViolations(tool.inputSchema, call.input) };
}

/**
 * The answer checked against what the request asked for: every tool call's input against its
 * tool's schema, and, with a responseFormat, the JSON answer against its schema. What does not
 * match is reported beside the answer, never instead of it: the model's text is kept.
 *
 * `mode` is how the JSON came: `native` in the text; `tool` as the input of the one forced call,
 * which becomes the answer's text and JSON rather than a tool call the caller never offered.
 * A raw provider body (`request` null) names no tools or format to check against; its finish
 * reason is settled by the same rule.
 */
export function checkGeneration(generation: TextGeneration, request: TextRequest | null, mode: StructuredOutputMode | null): TextGeneration {
  if (request === null) return { ...generation, finishReason: settledFinishReason(generation.finishReason, generation.toolCalls.length > 0, false) };
  const format = request.responseFormat;
  const formatCall = format !== undefined && mode === "tool" ? generation.toolCalls.find((call) => call.name === format.name) : undefined;
  const toolCalls = generation.toolCalls.filter((call) => call !== formatCall).map((call) => checkToolCall(call, request));
  const finishReason = settledFinishReason(generation.finishReason, toolCalls.length > 0, formatCall !== undefined);
  if (format === undefined) return { ...generation, toolCalls, finishReason };
  // The forced call's JSON follows whatever the model wrote before it, as a stream shows it.
  const callJson = formatCall === undefined ? "" : typeof formatCall.input === "string" ? formatCall.input : JSON.stringify(formatCall.input);
  const text = generation.text + callJson;
  const parsed =
    formatCall !== undefined && typeof formatCall.input !== "string" ? { ok: true as const, value: formatCall.input } : parseJsonAnswer(text);
  const jsonViolations: SchemaViolation[] = parsed.ok
    ? schemaViolations(format.jsonSchema, parsed.value)
    : [{ path: "", message: "the answer is not JSON" }];
  return { ...generation, text, finishReason, toolCalls, json: jsonViolations.length === 0 && parsed.ok ? parsed.value : null, jsonViolations };
}
