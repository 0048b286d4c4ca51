import { z } from "zod";
import { cohereCommandStreamChunks } from "./cohere-command.stream";
import { planReply, type ConversationView } from "./conversation-reply";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { stableUuid } from "./stable-hash";
import { type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

const toolCallSchema = z.looseObject({ name: z.string().min(1), parameters: z.record(z.string(), z.unknown()).optional() });
const toolResultSchema = z.looseObject({ call: toolCallSchema, outputs: z.array(z.record(z.string(), z.unknown())) });

// Fields and ranges from the Bedrock Command R / R+ parameters page: tools with parameter
// definitions, tool results sent back with the call they answer, documents as titled snippets.
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html
const commandRequestSchema = z
  .looseObject({
    // A request that only returns tool results may leave the message empty.
    message: z.string(),
    chat_history: z
      .array(
        z.looseObject({
          role: z.enum(["USER", "CHATBOT", "SYSTEM", "TOOL"]),
          message: z.string().optional(),
          tool_calls: z.array(toolCallSchema).optional(),
          tool_results: z.array(toolResultSchema).optional(),
        }),
      )
      .optional(),
    preamble: z.string().optional(),
    documents: z.array(z.record(z.string(), z.unknown())).optional(),
    tools: z
      .array(
        z.looseObject({
          name: z.string().min(1),
          description: z.string(),
          parameter_definitions: z
            .record(z.string(), z.looseObject({ description: z.string().optional(), type: z.string(), required: z.boolean().optional() }))
            .optional(),
        }),
      )
      .optional(),
    tool_results: z.array(toolResultSchema).optional(),
    max_tokens: requestFields.tokenLimit(4000).optional(),
    temperature: requestFields.unitInterval().optional(),
    p: z.number().min(0.01).max(0.99).optional(),
    k: z.number().int().min(0).max(500).optional(),
    stop_sequences: requestFields.stopSequences(4).optional(),
    seed: z.number().int().optional(),
  })
  .refine((request) => request.message.trim().length > 0 || (request.tool_results ?? []).length > 0, {
    message: "must not be blank unless tool_results are given",
    path: ["message"],
  });

type CommandRequest = z.infer<typeof commandRequestSchema>;
type CommandTool = NonNullable<CommandRequest["tools"]>[number];

const DEFAULT_MAXIMUM_TOKENS = 4000;

// Command R has no stop-sequence reason: a reply cut by one is reported COMPLETE.
const FINISH_REASONS: Record<GenerationStop, string> = {
  end: "COMPLETE",
  length: "MAX_TOKENS",
  stop_sequence: "COMPLETE",
};

// Parameter types are Python's names; a typed list such as List[str] is still a list.
const JSON_TYPES: Record<string, string> = { str: "string", int: "integer", float: "number", bool: "boolean", list: "array", dict: "object" };

function jsonType(type: string): string {
  const base = type.toLowerCase().replace(/\[.*$/, "");
  return JSON_TYPES[base] ?? "string";
}

/** A tool's parameter definitions as the JSON Schema planReply samples a call's input from. */
function inputSchemaOf(tool: CommandTool): Record<string, unknown> {
  const definitions = Object.entries(tool.parameter_definitions ?? {});
  return {
    type: "object",
    properties: Object.fromEntries(
      definitions.map(([name, definition]) => [name, { type: jsonType(definition.type), description: definition.description }]),
    ),
    required: definitions.flatMap(([name, definition]) => (definition.required === true ? [name] : [])),
  };
}

function documentTitle(document: Record<string, unknown>): string {
  return typeof document.title === "string" ? document.title : "an untitled document";
}

function viewOf(request: CommandRequest): ConversationView {
  const history = request.chat_history ?? [];
  const tools = request.tools ?? [];
  const first = request.documents?.at(0);
  return {
    lastUserText: request.message,
    toolResults: (request.tool_results ?? []).map((result) => ({ name: result.call.name, text: JSON.stringify(result.outputs) })),
    // Grounded on documents, the answer names the first one it draws from.
    seen: first === undefined ? [] : [`a document titled ${documentTitle(first)}`],
    tools: tools.map((tool) => ({ name: tool.name, description: tool.description, inputSchema: inputSchemaOf(tool) })),
    toolChoice: { mode: "auto" },
    reasoning: false,
    jsonSchema: null,
    inputTokens: countTokens(
      request.preamble ?? "",
      ...history.map((turn) => turn.message ?? JSON.stringify(turn.tool_results ?? turn.tool_calls ?? "")),
      request.message,
      ...(request.documents ?? []).map((document) => JSON.stringify(document)),
      ...tools.map((tool) => JSON.stringify(tool)),
      ...(request.tool_results ?? []).map((result) => JSON.stringify(result)),
    ),
    maxTokens: request.max_tokens ?? DEFAULT_MAXIMUM_TOKENS,
    stopSequences: request.stop_sequences ?? [],
  };
}

/** Cohere Command R and R+ (`cohere.command-r-*`): chat with history, grounding documents and tools. */
export const cohereCommandEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(commandRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const request = parsed.value;
  const view = viewOf(request);
  const plan = planReply(view);
  // Command R's calls carry no ids: a result finds its call by name and parameters.
  const toolCalls = plan.toolCall === null ? [] : [{ name: plan.toolCall.name, parameters: plan.toolCall.input }];
  const requestKey = `${baseModelId}\u0000${JSON.stringify(body)}`;
  const response = {
    response_id: stableUuid(`response\u0000${requestKey}`),
    text: plan.text.text,
    generation_id: stableUuid(`generation\u0000${requestKey}`),
    chat_history: [
      ...(request.chat_history ?? []),
      ...(request.message.length > 0 ? [{ role: "USER", message: request.message }] : []),
      ...(request.tool_results === undefined ? [] : [{ role: "TOOL", tool_results: request.tool_results }]),
      { role: "CHATBOT", message: plan.text.text, ...(toolCalls.length > 0 && { tool_calls: toolCalls }) },
    ],
    // A turn that calls tools finishes COMPLETE too; the calls say why it stopped.
    finish_reason: FINISH_REASONS[plan.text.stopReason],
    ...(toolCalls.length > 0 && { tool_calls: toolCalls }),
    meta: { billed_units: { input_tokens: view.inputTokens, output_tokens: plan.outputTokens } },
  };
  return answered(response, view.inputTokens, plan.outputTokens, cohereCommandStreamChunks(response, plan.text.pieces));
};
