import { z } from "zod";

/** A tool call as Command R writes it: no id, a tool is known by its name and parameters. */
export interface CohereToolCall {
  name: string;
  parameters: Record<string, unknown>;
}

/** A tool's result: the call it answers and what it returned, as a list of objects. */
export interface CohereToolResult {
  call: CohereToolCall;
  outputs: Array<Record<string, unknown>>;
}

/** An earlier turn of a Command R conversation; the model's own turns are CHATBOT, tool results TOOL. */
export type CohereChatTurn =
  | { role: "USER"; message: string }
  | { role: "CHATBOT"; message: string; tool_calls?: CohereToolCall[] }
  | { role: "TOOL"; tool_results: CohereToolResult[] };

/** A Command R tool: parameters by name with a Python-style type, not a JSON Schema. */
export interface CohereTool {
  name: string;
  description: string;
  parameter_definitions?: Record<string, { description?: string; type: string; required: boolean }>;
}

/** The Command R / R+ request body: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html */
export interface CohereCommandRRequestBody {
  message: string;
  chat_history?: CohereChatTurn[];
  documents?: Array<{ title: string; snippet: string }>;
  preamble?: string;
  max_tokens?: number;
  temperature?: number;
  p?: number;
  k?: number;
  stop_sequences?: string[];
  tools?: CohereTool[];
  tool_results?: CohereToolResult[];
}

const toolCallSchema = z.object({ name: z.string(), parameters: z.record(z.string(), z.unknown()).nullish() });

const metaSchema = z
  .object({
    billed_units: z.object({ input_tokens: z.number().nullish(), output_tokens: z.number().nullish() }).nullish(),
  })
  .nullish();

/**
 * A Command R answer: `text`, `finish_reason` (COMPLETE, MAX_TOKENS, ERROR…) and the tools it
 * calls, same page. Token counts, when sent, are in `meta.billed_units` as in Cohere's own Chat API.
 */
export const cohereCommandRResponseSchema = z.object({
  text: z.string(),
  finish_reason: z.string().nullish(),
  tool_calls: z.array(toolCallSchema).nullish(),
  meta: metaSchema,
});

/**
 * A Command R stream chunk: `text-generation` events carry text, `tool-calls-generation` the
 * calls whole; the final `stream-end` event carries `finish_reason` and the whole response
 * (Cohere's own chat stream shape, unverified on Bedrock).
 */
export const cohereCommandRChunkSchema = z.object({
  event_type: z.string(),
  text: z.string().optional(),
  tool_calls: z.array(toolCallSchema).nullish(),
  finish_reason: z.string().nullish(),
  response: z.object({ meta: metaSchema }).nullish(),
});
