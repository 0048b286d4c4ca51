import { createHash } from "node:crypto";
import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem, type TextCodec } from "../codec.types";
import { MEBIBYTE, TEXT_ONLY, type FamilyCapabilities } from "../family-capabilities";
import { type ChatRole, type FinishReason, type TextRequest, type ToolCall, type ToolResultContent } from "../invocation.types";
import { parseWireBody } from "../parse-wire-body";
import { type Turn } from "../prompt/conversation";
import { finishReasonOf, settledFinishReason } from "../prompt/finish-reason";
import { ANY_TOKEN_COUNT, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { readTextRequest } from "../prompt/text-request";
import {
  cohereCommandRChunkSchema,
  cohereCommandRResponseSchema,
  type CohereChatTurn,
  type CohereCommandRRequestBody,
  type CohereTool,
  type CohereToolCall,
  type CohereToolResult,
} from "./cohere-command-r.wire";

const FAMILY = "Cohere Command R";

// Ranges from the Bedrock Command R / R+ parameters page:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html
const LIMITS: TextOptionLimits = {
  maxTokens: ANY_TOKEN_COUNT,
  temperature: UNIT_INTERVAL,
  topP: { minimum: 0.01, maximum: 0.99, whole: false },
  topK: { minimum: 0, maximum: 500, whole: true },
  stopSequences: { maximumCount: Infinity },
};

// Tools, and grounding documents: `documents` are text snippets with a title (same page), so only
// text formats are taken. The sizes are this gateway's own: a snippet is text the model reads whole.
const CAPABILITIES: FamilyCapabilities = {
  ...TEXT_ONLY,
  tools: true,
  document: { formats: ["txt", "md", "csv", "html"], maxBytesPerItem: 1 * MEBIBYTE, maxItems: 20, s3: false },
  maxMediaBytes: 4 * MEBIBYTE,
};

const FINISH_REASONS: Record<string, FinishReason> = { COMPLETE: "END_TURN", MAX_TOKENS: "MAX_TOKENS", ERROR_TOXIC: "CONTENT_FILTERED" };

const ROLES: Record<ChatRole, "USER" | "CHATBOT"> = { user: "USER", assistant: "CHATBOT" };

// JSON Schema types in the Python-style names Command R's parameter definitions use.
const PARAMETER_TYPES: Record<string, string> = { string: "str", integer: "int", number: "float", boolean: "bool", array: "list", object: "dict" };

/** What a property's schema allows beyond its type, in words: Command R's definitions have no field for it, so the model reads it. */
function constraintsOf(property: Record<string, unknown>): string {
  const said: string[] = [];
  if (Array.isArray(property.enum)) said.push(`one of: ${property.enum.map(String).join(", ")}`);
  if (typeof property.minimum === "number") said.push(`at least ${property.minimum}`);
  if (typeof property.maximum === "number") said.push(`at most ${property.maximum}`);
  return said.join("; ");
}

/** A JSON Schema object's top-level properties as Command R parameter definitions; nested structure is described by type only. */
function toCohereTool(name: string, description: string | undefined, schema: Record<string, unknown>): CohereTool {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const definitions = Object.fromEntries(
    Object.entries(properties).map(([parameter, property]) => [
      parameter,
      {
        description:
          [typeof property.description === "string" ? property.description : "", constraintsOf(property)].filter(Boolean).join(" — ") || undefined,
        type: PARAMETER_TYPES[String(property.type)] ?? "str",
        required: required.has(parameter),
      },
    ]),
  );
  return { name, description: description ?? name, parameter_definitions: Object.keys(definitions).length > 0 ? definitions : undefined };
}

function outputsOf(content: readonly ToolResultContent[]): Array<Record<string, unknown>> {
  return content.map((part) => {
    if ("text" in part) return { text: part.text };
    return typeof part.json === "object" && part.json !== null && !Array.isArray(part.json)
      ? (part.json as Record<string, unknown>)
      : { value: part.json };
  });
}

/** Tool calls by the ids the gateway gave them, so a result can be sent with the call it answers. */
function callsById(turns: readonly Turn[]): Map<string, CohereToolCall> {
  const calls = new Map<string, CohereToolCall>();
  for (const turn of turns) {
    for (const block of turn.blocks) {
      if (block.kind === "toolUse") calls.set(block.id, { name: block.name, parameters: (block.input ?? {}) as Record<string, unknown> });
    }
  }
  return calls;
}

function toolResultsOf(turn: Turn, index: number, calls: Map<string, CohereToolCall>): Result<CohereToolResult[], CodecProblem> {
  const results: CohereToolResult[] = [];
  for (const [position, block] of turn.blocks.entries()) {
    if (block.kind !== "toolResult") continue;
    const call = calls.get(block.toolUseId);
    if (call === undefined) {
      return fail({
        field: `messages.${index}.blocks.${position}.toolResult.toolUseId`,
        message: `${FAMILY} sends a result with the call it answers; no toolUse block earlier in the conversation has id ${block.toolUseId}`,
      });
    }
    results.push({ call, outputs: outputsOf(block.content) });
  }
  return ok(results);
}

function historyTurn(turn: Turn, index: number, calls: Map<string, CohereToolCall>): Result<CohereChatTurn[], CodecProblem> {
  if (turn.role === "assistant") {
    const made = turn.blocks.flatMap((block) =>
      block.kind === "toolUse" ? [{ name: block.name, parameters: (block.input ?? {}) as Record<string, unknown> }] : [],
    );
    return ok([{ role: ROLES.assistant, message: turn.text, ...(made.length > 0 ? { tool_calls: made } : {}) }]);
  }
  const results = toolResultsOf(turn, index, calls);
  if (!results.ok) return results;
  const turns: CohereChatTurn[] = results.value.length > 0 ? [{ role: "TOOL", tool_results: results.value }] : [];
  return ok(turn.text.length > 0 ? [...turns, { role: ROLES.user, message: turn.text }] : turns);
}

function documentsOf(turns: readonly Turn[]): Array<{ title: string; snippet: string }> {
  return turns.flatMap((turn) =>
    turn.blocks.flatMap((block) =>
      block.kind === "document" && "base64" in block.source
        ? [{ title: block.name, snippet: Buffer.from(block.source.base64, "base64").toString("utf8") }]
        : [],
    ),
  );
}

function encodeCohere(request: TextRequest): Result<CohereCommandRRequestBody, CodecProblem> {
  const turns = readTextRequest(request, { family: FAMILY, limits: LIMITS, turns: { userFirst: false, userLast: true }, capabilities: CAPABILITIES });
  if (!turns.ok) return turns;
  if (request.toolChoice !== undefined && request.toolChoice.mode !== "auto")
    return fail({ field: "toolChoice", message: `${FAMILY} takes toolChoice AUTO only` });
  const calls = callsById(turns.value);
  const history: CohereChatTurn[] = [];
  for (const [index, turn] of turns.value.slice(0, -1).entries()) {
    const converted = historyTurn(turn, index, calls);
    if (!converted.ok) return converted;
    history.push(...converted.value);
  }
  const lastIndex = turns.value.length - 1;
  const last = turns.value[lastIndex];
  const results = toolResultsOf(last, lastIndex, calls);
  if (!results.ok) return results;
  const documents = documentsOf(turns.value);
  return ok({
    message: last.text,
    chat_history: history.length > 0 ? history : undefined,
    documents: documents.length > 0 ? documents : undefined,
    preamble: request.system,
    max_tokens: request.maxTokens,
    temperature: request.temperature,
    p: request.topP,
    k: request.topK,
    stop_sequences: request.stopSequences,
    tools: request.tools?.map(({ name, description, inputSchema }) => toCohereTool(name, description, inputSchema)),
    tool_results: results.value.length > 0 ? results.value : undefined,
  });
}

/**
 * Command R gives its calls no ids; the gateway names each by what it is (tool, parameters, place in
 * the answer), so ids differ between calls of a conversation and a result finds its call again.
 */
function toolCallsOf(calls: ReadonlyArray<{ name: string; parameters?: Record<string, unknown> | null }>): ToolCall[] {
  return calls.map((call, index) => {
    const input = call.parameters ?? {};
    const digest = createHash("sha256")
      .update(`${call.name}\u0000${JSON.stringify(input)}\u0000${index}`)
      .digest("hex")
      .slice(0, 16);
    return { id: `call_${digest}`, name: call.name, input };
  });
}

/** Cohere Command R and R+: the user's last turn as `message`, earlier turns as `chat_history`, `system` as `preamble`, tools, documents. */
export const cohereCommandRCodec: TextCodec = {
  family: "cohere-command-r",
  displayName: "Cohere Command R and R+",
  modality: "TEXT",
  capabilities: CAPABILITIES,
  finishReasons: FINISH_REASONS,
  encode: encodeCohere,
  decode(body) {
    const parsed = parseWireBody(cohereCommandRResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { text, finish_reason: stopReason, tool_calls: calls, meta } = parsed.value;
    const billed = meta?.billed_units;
    const toolCalls = toolCallsOf(calls ?? []);
    // Command R finishes a turn that calls tools as COMPLETE; the calls say why it stopped.
    const finishReason = settledFinishReason(finishReasonOf(FINISH_REASONS, stopReason), toolCalls.length > 0, false);
    return ok({
      modality: "TEXT",
      text,
      stopReason: stopReason ?? null,
      finishReason,
      toolCalls,
      reasoning: null,
      usage: { inputTokens: billed?.input_tokens ?? null, outputTokens: billed?.output_tokens ?? null },
    });
  },
  decodeChunk(chunk) {
    const parsed = parseWireBody(cohereCommandRChunkSchema, chunk, `${FAMILY} stream chunk`);
    if (!parsed.ok) return parsed;
    const { event_type: eventType, text, finish_reason: finishReason, tool_calls: calls, response } = parsed.value;
    const billed = response?.meta?.billed_units;
    const toolCalls =
      eventType === "tool-calls-generation"
        ? toolCallsOf(calls ?? []).map((call, key) => ({ key, id: call.id, name: call.name, inputJson: JSON.stringify(call.input) }))
        : undefined;
    return ok({
      text: eventType === "text-generation" ? (text ?? "") : "",
      stopReason: finishReason ?? undefined,
      inputTokens: billed?.input_tokens ?? undefined,
      outputTokens: billed?.output_tokens ?? undefined,
      toolCalls,
    });
  },
};
