import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem, type TextCodec } from "../codec.types";
import { toolResultText } from "../content/tool-result-text";
import { MEBIBYTE, type FamilyCapabilities } from "../family-capabilities";
import { type ContentBlock, type FinishReason, type Reasoning, type TextRequest, type ToolCall } from "../invocation.types";
import { parseWireBody } from "../parse-wire-body";
import { type Turn } from "../prompt/conversation";
import { finishReasonOf } from "../prompt/finish-reason";
import { readTextRequest } from "../prompt/text-request";
import { ANY_TOKEN_COUNT, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import { decodeClaudeChunk } from "./anthropic-claude.chunk";
import {
  claudeResponseSchema,
  type ClaudeBlock,
  type ClaudeMessage,
  type ClaudeRequestBody,
  type ClaudeTool,
  type ClaudeToolChoice,
} from "./anthropic-claude.wire";

const FAMILY = "Anthropic Claude";

// Ranges from the Bedrock Claude Messages parameters page:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
const LIMITS: TextOptionLimits = {
  maxTokens: ANY_TOKEN_COUNT,
  temperature: UNIT_INTERVAL,
  topP: UNIT_INTERVAL,
  topK: { minimum: 0, maximum: 500, whole: true },
  stopSequences: { maximumCount: Infinity },
};

// Images: jpeg, png, gif, webp, at most 3.75 MB and 8,000 px a side, 20 per request; PDF
// documents up to 4.5 MB, 5 per request (the limits Bedrock states for Claude's image and
// document blocks): https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
// and https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_DocumentBlock.html. The whole payload stays
// under the 20 MB that page allows a Claude request: base64 grows bytes by a third, hence 14 MiB of media.
const CAPABILITIES: FamilyCapabilities = {
  tools: true,
  image: { formats: ["png", "jpeg", "gif", "webp"], maxBytesPerItem: 3.75 * MEBIBYTE, maxItems: 20, s3: false },
  document: { formats: ["pdf", "txt"], maxBytesPerItem: 4.5 * MEBIBYTE, maxItems: 5, s3: false },
  video: null,
  reasoning: "budget",
  structuredOutput: "tool",
  cachePoints: true,
  maxMediaBytes: 14 * MEBIBYTE,
};

const FINISH_REASONS: Record<string, FinishReason> = {
  end_turn: "END_TURN",
  max_tokens: "MAX_TOKENS",
  model_context_window_exceeded: "MAX_TOKENS",
  stop_sequence: "STOP_SEQUENCE",
  tool_use: "TOOL_USE",
  refusal: "CONTENT_FILTERED",
  guardrail_intervened: "GUARDRAIL_INTERVENED",
};

// Claude requires max_tokens. 1024 leaves room for a full answer on every Claude model on
// Bedrock (the smallest ceiling, Claude 3 Haiku's, is 4096) without inviting long, costly replies.
const DEFAULT_MAXIMUM_TOKENS = 1024;

// Extended thinking's smallest budget (extended-thinking page).
const MINIMUM_THINKING_BUDGET = 1024;

// Claude Sonnet 4.5 and Haiku 4.5 take temperature or top_p, not both (same page).
const ONE_SAMPLING_OPTION_MODELS = ["anthropic.claude-sonnet-4-5", "anthropic.claude-haiku-4-5"];

function encodeBlock(block: Exclude<ContentBlock, { kind: "cachePoint" | "video" }>): ClaudeBlock {
  switch (block.kind) {
    case "text":
      return { type: "text", text: block.text };
    case "image":
      return {
        type: "image",
        source: { type: "base64", media_type: `image/${block.format}`, data: "base64" in block.source ? block.source.base64 : "" },
      };
    case "document": {
      const data = "base64" in block.source ? block.source.base64 : "";
      if (block.format === "txt")
        return {
          type: "document",
          source: { type: "text", media_type: "text/plain", data: Buffer.from(data, "base64").toString("utf8") },
          title: block.name,
        };
      return { type: "document", source: { type: "base64", media_type: "application/pdf", data }, title: block.name };
    }
    case "toolUse":
      return { type: "tool_use", id: block.id, name: block.name, input: block.input };
    case "toolResult":
      return {
        type: "tool_result",
        tool_use_id: block.toolUseId,
        content: [{ type: "text", text: toolResultText(block.content) }],
        is_error: block.isError || undefined,
      };
    case "reasoning":
      return block.redactedData !== undefined
        ? { type: "redacted_thinking", data: block.redactedData }
        : { type: "thinking", thinking: block.text, signature: block.signature ?? "" };
  }
}

/** A turn's blocks in Claude's words; a cache point marks the block before it. */
function encodeTurn(turn: Turn, index: number): Result<ClaudeMessage, CodecProblem> {
  const content: ClaudeBlock[] = [];
  for (const [position, block] of turn.blocks.entries()) {
    if (block.kind === "video") return fail({ field: `messages.${index}.blocks.${position}.video`, message: `${FAMILY} takes no video` });
    // Claude takes back only reasoning it signed; another family's (unsigned) reasoning is left out, as those families leave out Claude's.
    if (block.kind === "reasoning" && block.signature === undefined && block.redactedData === undefined) continue;
    if (block.kind !== "cachePoint") {
      content.push(encodeBlock(block));
      continue;
    }
    const previous = content.at(-1);
    if (previous === undefined)
      return fail({
        field: `messages.${index}.blocks.${position}.cachePoint`,
        message: "a cache point closes the blocks before it; put it after one",
      });
    previous.cache_control = { type: "ephemeral" };
  }
  return ok({ role: turn.role, content });
}

function toolsFor(request: TextRequest): { tools?: ClaudeTool[]; tool_choice?: ClaudeToolChoice } {
  const format = request.responseFormat;
  if (format !== undefined) {
    const description = format.description ?? "Give the answer as this tool's input.";
    return { tools: [{ name: format.name, description, input_schema: format.jsonSchema }], tool_choice: { type: "tool", name: format.name } };
  }
  const tools = request.tools?.map(({ name, description, inputSchema }) => ({ name, description, input_schema: inputSchema }));
  const choice = request.toolChoice;
  const tool_choice: ClaudeToolChoice | undefined =
    choice === undefined ? undefined : choice.mode === "tool" ? { type: "tool", name: choice.name } : { type: choice.mode };
  return { tools, tool_choice };
}

/** Extended thinking's own rules (extended-thinking page): no sampling changes, no forced tool, a budget below max_tokens. */
function thinkingProblem(request: TextRequest, maxTokens: number, budget: number): CodecProblem | null {
  if (budget < MINIMUM_THINKING_BUDGET)
    return {
      field: "reasoning.budgetTokens",
      message: `${FAMILY} takes a reasoning budget of at least ${MINIMUM_THINKING_BUDGET} tokens; got ${budget}`,
    };
  if (budget >= maxTokens)
    return { field: "reasoning.budgetTokens", message: `${FAMILY} needs the reasoning budget (${budget}) below maxTokens (${maxTokens})` };
  if (request.temperature !== undefined || request.topK !== undefined) {
    return { field: request.temperature !== undefined ? "temperature" : "topK", message: `${FAMILY} takes no temperature or topK while reasoning` };
  }
  const forced = request.responseFormat !== undefined || request.toolChoice?.mode === "any" || request.toolChoice?.mode === "tool";
  return forced
    ? {
        field: request.responseFormat !== undefined ? "responseFormat" : "toolChoice",
        message: `${FAMILY} cannot be forced to call a tool while reasoning`,
      }
    : null;
}

function encodeClaude(request: TextRequest, modelId: string): Result<ClaudeRequestBody, CodecProblem> {
  const oneSamplingOption = ONE_SAMPLING_OPTION_MODELS.some((prefix) => modelId.startsWith(prefix));
  if (oneSamplingOption && request.temperature !== undefined && request.topP !== undefined) {
    return fail({ field: "topP", message: `${FAMILY} model ${modelId} takes temperature or topP, not both` });
  }
  // A conversation may end on an assistant turn: Claude continues that text (a prefill).
  const turns = readTextRequest(request, { family: FAMILY, limits: LIMITS, turns: { userFirst: true, userLast: false }, capabilities: CAPABILITIES });
  if (!turns.ok) return turns;
  const budget = request.reasoning !== undefined && "budgetTokens" in request.reasoning ? request.reasoning.budgetTokens : null;
  const maxTokens = request.maxTokens ?? (budget === null ? DEFAULT_MAXIMUM_TOKENS : budget + DEFAULT_MAXIMUM_TOKENS);
  const thinking = budget === null ? null : thinkingProblem(request, maxTokens, budget);
  if (thinking !== null) return fail(thinking);
  const messages: ClaudeMessage[] = [];
  for (const [index, turn] of turns.value.entries()) {
    const message = encodeTurn(turn, index);
    if (!message.ok) return message;
    messages.push(message.value);
  }
  return ok({
    anthropic_version: "bedrock-2023-05-31",
    max_tokens: maxTokens,
    messages,
    system: request.system,
    temperature: request.temperature,
    top_p: request.topP,
    top_k: request.topK,
    stop_sequences: request.stopSequences,
    ...toolsFor(request),
    thinking: budget === null ? undefined : { type: "enabled", budget_tokens: budget },
  });
}

/** Anthropic Claude through the Messages API: `{anthropic_version, max_tokens, messages, system, tools, thinking, …}`. */
export const anthropicClaudeCodec: TextCodec = {
  family: "anthropic-claude",
  displayName: "Anthropic Claude (Messages API)",
  modality: "TEXT",
  capabilities: CAPABILITIES,
  finishReasons: FINISH_REASONS,
  encode: encodeClaude,
  decode(body) {
    const parsed = parseWireBody(claudeResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { content, stop_reason: stopReason, usage } = parsed.value;
    const toolCalls: ToolCall[] = content.flatMap((block) =>
      block.type === "tool_use" ? [{ id: block.id ?? "", name: block.name ?? "", input: block.input ?? {} }] : [],
    );
    const thoughts = content.filter((block) => block.type === "thinking");
    const redacted = content.flatMap((block) => (block.type === "redacted_thinking" && block.data !== undefined ? [block.data] : []));
    const reasoning: Reasoning | null =
      thoughts.length === 0 && redacted.length === 0
        ? null
        : { text: thoughts.map((block) => block.thinking ?? "").join(""), signature: thoughts.at(-1)?.signature ?? null, redactedData: redacted };
    return ok({
      modality: "TEXT",
      text: content.map((block) => (block.type === "text" ? (block.text ?? "") : "")).join(""),
      stopReason,
      finishReason: finishReasonOf(FINISH_REASONS, stopReason),
      toolCalls,
      reasoning,
      usage: {
        inputTokens: usage.input_tokens,
        outputTokens: usage.output_tokens,
        cacheReadTokens: usage.cache_read_input_tokens ?? null,
        cacheWriteTokens: usage.cache_creation_input_tokens ?? null,
      },
    });
  },
  decodeChunk: decodeClaudeChunk,
};
