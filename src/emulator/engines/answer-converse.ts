import { z } from "zod";
import { planReply, reasoningSignature, type ConversationView, type PlannedReply, type ToolChoiceView } from "./conversation-reply";
import { converseRequestSchema, type ConverseContentBlock, type ConverseRequest, type ConverseToolResult } from "./converse-request";
import { type EngineRejection, rejectedAsInvalid } from "./engine-outcome";
import { inspectMedia } from "./media-inspection";
import { reasonAtEffort } from "./reasoning-effort";
import { resolveModelFamily } from "./resolve-model-family";
import { stableHex } from "./stable-hash";
import { type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

// Bedrock's wording when Converse or ConverseStream names a model that does not converse (HTTP 400).
const NOT_CONVERSING_MESSAGE = "This action doesn't support the model that you provided. Try again with a supported text or chat model.";

// Bedrock's wording when the conversation holds tool blocks but the request offers no tools (HTTP 400).
const TOOL_CONFIG_REQUIRED_MESSAGE = "The toolConfig field must be defined when using toolUse and toolResult content blocks.";

// Converse's limit for an inline image (documents, 4.5 MB, are not read):
// https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-call.html
const MAX_IMAGE_BYTES = 3.75 * 1024 * 1024;

// Bedrock applies each model's own default; any value above the emulator's reply length acts alike.
const DEFAULT_MAXIMUM_TOKENS = 4096;

const STOP_REASONS = {
  end: "end_turn",
  length: "max_tokens",
  stop_sequence: "stop_sequence",
} as const satisfies Record<GenerationStop, string>;

// The reasoning switches Converse passes through additionalModelRequestFields, in each family's
// InvokeModel names: Claude's `thinking` (https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html)
// and Nova 2's `reasoningConfig` (https://docs.aws.amazon.com/nova/latest/nova2-userguide/extended-thinking.html).
const claudeThinkingSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("enabled"), budget_tokens: z.number().int().min(1024) }),
  z.looseObject({ type: z.literal("adaptive") }),
  z.looseObject({ type: z.literal("disabled") }),
]);
const novaReasoningSchema = z.looseObject({
  type: z.enum(["enabled", "disabled"]),
  maxReasoningEffort: z.enum(["low", "medium", "high"]).optional(),
});
// Claude's native structured output: output_config.format with a JSON Schema.
const claudeOutputConfigSchema = z.looseObject({
  format: z.looseObject({ type: z.literal("json_schema"), schema: z.record(z.string(), z.unknown()) }).optional(),
});

/** A block of a Converse answer, as the response's `output.message.content` holds it. */
export type ConverseAnswerBlock =
  | { text: string }
  | { reasoningContent: { reasoningText: { text: string; signature: string } } }
  | { toolUse: { toolUseId: string; name: string; input: unknown } };

/** A Converse answer before it is put in the operation's response or event shapes. */
export interface ConverseReply {
  /** The answer's blocks: reasoning first when the model reasoned, then a tool call or text. */
  content: ConverseAnswerBlock[];
  /** The text block's text in the order ConverseStream sends it; joined, they make `text`. */
  pieces: readonly string[];
  /** The text block's text; empty when the model calls a tool. */
  text: string;
  stopReason: (typeof STOP_REASONS)[GenerationStop] | "tool_use";
  usage: { inputTokens: number; outputTokens: number; totalTokens: number };
}

export type ConverseOutcome = { ok: true; reply: ConverseReply } | EngineRejection;

/** What a model is asked to do beyond answering, read from additionalModelRequestFields. */
interface ModelOptions {
  reasoning: "off" | "on" | { effort: "low" | "medium" | "high" };
  jsonSchema: unknown;
}

function toolResultText(result: ConverseToolResult): string {
  return result.content.map((part) => part.text ?? (part.json !== undefined ? JSON.stringify(part.json) : "")).join("\n");
}

function blockText(block: ConverseContentBlock): string {
  if (block.toolResult !== undefined) return toolResultText(block.toolResult);
  if (block.toolUse !== undefined) return JSON.stringify(block.toolUse.input ?? {});
  return block.text ?? block.reasoningContent?.reasoningText?.text ?? "";
}

// Converse errors come in Coral's validation wording rather than the model-body wording
// ("1 validation error detected: Value at 'inferenceConfig.maxTokens' failed to satisfy …").
function describeProblems(issues: readonly z.core.$ZodIssue[]): string {
  const problems = issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return path === "" ? issue.message : `Value at '${path}' failed to satisfy constraint: ${issue.message}`;
  });
  const plural = problems.length === 1 ? "" : "s";
  return `${problems.length} validation error${plural} detected: ${problems.join("; ")}`;
}

// Errors a model raises over its own fields come back wrapped, as Bedrock relays them.
function modelRefusal(problem: string): EngineRejection {
  return rejectedAsInvalid(`The model returned the following errors: ${problem}`);
}

/** The reasoning and output options the model family reads from additionalModelRequestFields, or what it refuses in them. */
function modelOptionsOf(baseModelId: string, request: ConverseRequest): ModelOptions | EngineRejection {
  const fields = request.additionalModelRequestFields ?? {};
  if (baseModelId.startsWith("anthropic.")) {
    const thinking = fields.thinking === undefined ? undefined : claudeThinkingSchema.safeParse(fields.thinking);
    if (thinking !== undefined && !thinking.success) return modelRefusal(`thinking: ${z.prettifyError(thinking.error)}`);
    const outputConfig = fields.output_config === undefined ? undefined : claudeOutputConfigSchema.safeParse(fields.output_config);
    if (outputConfig !== undefined && !outputConfig.success) return modelRefusal(`output_config: ${z.prettifyError(outputConfig.error)}`);
    const maxTokens = request.inferenceConfig?.maxTokens;
    if (thinking?.data.type === "enabled" && maxTokens !== undefined && thinking.data.budget_tokens >= maxTokens) {
      return modelRefusal("`max_tokens` must be greater than `thinking.budget_tokens`");
    }
    const reasoning = thinking === undefined || thinking.data.type === "disabled" ? "off" : "on";
    return { reasoning, jsonSchema: outputConfig?.data.format?.schema ?? null };
  }
  if (baseModelId.startsWith("amazon.nova-2-") && fields.reasoningConfig !== undefined) {
    const config = novaReasoningSchema.safeParse(fields.reasoningConfig);
    if (!config.success) return modelRefusal(`reasoningConfig: ${z.prettifyError(config.error)}`);
    return { reasoning: config.data.type === "enabled" ? { effort: config.data.maxReasoningEffort ?? "medium" } : "off", jsonSchema: null };
  }
  return { reasoning: "off", jsonSchema: null };
}

/**
 * What Converse refuses in a conversation it could parse, block by block, in the order Bedrock
 * checks; what the last user turn shows the model otherwise.
 */
function readConversation(request: ConverseRequest, reasoning: boolean): { seen: string[] } | { problem: string } {
  const usesTools = request.messages.some((message) =>
    message.content.some((block) => block.toolUse !== undefined || block.toolResult !== undefined),
  );
  if (usesTools && request.toolConfig === undefined) return { problem: TOOL_CONFIG_REQUIRED_MESSAGE };
  let seen: string[] = [];
  for (const [turn, message] of request.messages.entries()) {
    const previous = turn > 0 ? request.messages[turn - 1].content : [];
    const calls = new Set(previous.flatMap((block) => (block.toolUse === undefined ? [] : [block.toolUse.toolUseId])));
    const turnSeen: string[] = [];
    for (const [index, block] of message.content.entries()) {
      const where = `messages.${turn}.content.${index}`;
      if ((block.image ?? block.document ?? block.toolResult) !== undefined && message.role !== "user") {
        return { problem: `${where}: image, document and toolResult blocks are only allowed in user messages` };
      }
      if ((block.toolUse ?? block.reasoningContent) !== undefined && message.role !== "assistant") {
        return { problem: `${where}: toolUse and reasoningContent blocks are only allowed in assistant messages` };
      }
      if (block.image !== undefined) {
        const { format, source } = block.image;
        if (source.bytes === undefined) turnSeen.push(`a ${format} image at ${source.s3Location?.uri}`);
        else {
          const image = inspectMedia("image", format, source.bytes, MAX_IMAGE_BYTES);
          if (!image.ok) return { problem: `${where}.image.source.bytes: ${image.problem}` };
          turnSeen.push(image.description);
        }
      }
      if (block.document !== undefined) turnSeen.push(`a document named ${block.document.name}`);
      if (block.toolResult !== undefined && !calls.has(block.toolResult.toolUseId)) {
        return { problem: `${where}.toolResult: the toolUseId ${block.toolResult.toolUseId} matches no toolUse block of the previous turn` };
      }
      const reasoningText = block.reasoningContent?.reasoningText;
      if (reasoningText?.signature !== undefined && reasoningText.signature !== reasoningSignature(reasoningText.text)) {
        return { problem: `${where}.reasoningContent: Invalid signature in reasoning block` };
      }
    }
    if (message.role === "user") seen = turnSeen;
  }
  // With reasoning on, an assistant turn that called a tool must open with its reasoning, as for Claude's thinking.
  const lastAssistant = request.messages.filter((message) => message.role === "assistant").at(-1);
  if (reasoning && lastAssistant?.content.some((block) => block.toolUse !== undefined) && lastAssistant.content[0]?.reasoningContent === undefined) {
    return { problem: "Expected reasoningContent first in the final assistant message that uses a tool when reasoning is enabled." };
  }
  return { seen };
}

/** The tool choice Converse asked for; a choice naming a tool not offered is a problem. */
function toolChoiceOf(request: ConverseRequest): ToolChoiceView | { problem: string } {
  const choice = request.toolConfig?.toolChoice;
  if (choice?.tool === undefined) return choice?.any !== undefined ? { mode: "any" } : { mode: "auto" };
  const { name } = choice.tool;
  if (!request.toolConfig?.tools.some((tool) => tool.toolSpec?.name === name)) {
    return { problem: `toolConfig.toolChoice.tool.name: ${name} is not one of the tools in toolConfig.tools` };
  }
  return { mode: "tool", name };
}

function viewOf(request: ConverseRequest, seen: string[], toolChoice: ToolChoiceView, options: ModelOptions): ConversationView {
  const lastUser = request.messages.filter((message) => message.role === "user").at(-1);
  const blocks = lastUser?.content ?? [];
  const names = new Map(
    request.messages.flatMap((message) =>
      message.content.flatMap((block) => (block.toolUse === undefined ? [] : [[block.toolUse.toolUseId, block.toolUse.name] as const])),
    ),
  );
  const specs = (request.toolConfig?.tools ?? []).flatMap((tool) => (tool.toolSpec === undefined ? [] : [tool.toolSpec]));
  return {
    lastUserText: blocks.flatMap((block) => (block.text === undefined ? [] : [block.text])).join("\n"),
    toolResults: blocks.flatMap((block) =>
      block.toolResult === undefined ? [] : [{ name: names.get(block.toolResult.toolUseId) ?? null, text: toolResultText(block.toolResult) }],
    ),
    seen,
    tools: specs.map((spec) => ({ name: spec.name, description: spec.description, inputSchema: spec.inputSchema.json })),
    toolChoice,
    reasoning: options.reasoning !== "off",
    jsonSchema: options.jsonSchema,
    inputTokens: countTokens(
      ...(request.system ?? []).map((block) => block.text ?? ""),
      ...request.messages.flatMap((message) => message.content.map(blockText)),
      ...specs.map((spec) => JSON.stringify(spec)),
    ),
    maxTokens: request.inferenceConfig?.maxTokens ?? DEFAULT_MAXIMUM_TOKENS,
    stopSequences: request.inferenceConfig?.stopSequences ?? [],
  };
}

function replyOf(modelId: string, body: unknown, plan: PlannedReply, inputTokens: number): ConverseReply {
  const content: ConverseAnswerBlock[] = [];
  if (plan.reasoning !== null)
    content.push({ reasoningContent: { reasoningText: { text: plan.reasoning, signature: reasoningSignature(plan.reasoning) } } });
  if (plan.toolCall !== null) {
    // Bedrock's Converse tool-use ids look like tooluse_ and 22 characters.
    const toolUseId = `tooluse_${stableHex(`${modelId}\u0000${JSON.stringify(body)}`, 22)}`;
    content.push({ toolUse: { toolUseId, name: plan.toolCall.name, input: plan.toolCall.input } });
  } else {
    content.push({ text: plan.text.text });
  }
  return {
    content,
    pieces: plan.text.pieces,
    text: plan.text.text,
    stopReason: plan.toolCall !== null ? "tool_use" : STOP_REASONS[plan.text.stopReason],
    usage: { inputTokens, outputTokens: plan.outputTokens, totalTokens: inputTokens + plan.outputTokens },
  };
}

/**
 * What Bedrock would answer to Converse (and stream for ConverseStream) on `modelId` with the
 * parsed JSON `body`: any text model the engines know converses through the shared reply planner
 * — text, images and documents in the last user turn, tools offered in toolConfig and their
 * results, and reasoning where the family's additionalModelRequestFields turn it on. Embedding
 * and image models are a ValidationException.
 */
export function answerConverse(modelId: string, body: unknown): ConverseOutcome {
  const family = resolveModelFamily(modelId);
  if (!family.ok) return family;
  if (family.output !== "text") return rejectedAsInvalid(NOT_CONVERSING_MESSAGE);
  const parsed = converseRequestSchema.safeParse(body, {
    error: (issue) => (issue.input === undefined ? "Member must not be null" : undefined),
  });
  if (!parsed.success) return rejectedAsInvalid(describeProblems(parsed.error.issues));
  const request = parsed.data;
  const options = modelOptionsOf(family.baseModelId, request);
  if ("ok" in options) return options;
  const toolChoice = toolChoiceOf(request);
  if ("problem" in toolChoice) return rejectedAsInvalid(toolChoice.problem);
  const conversation = readConversation(request, options.reasoning !== "off");
  if ("problem" in conversation) return rejectedAsInvalid(conversation.problem);
  const view = viewOf(request, conversation.seen, toolChoice, options);
  const planned = planReply(view);
  const plan = typeof options.reasoning === "object" ? reasonAtEffort(planned, options.reasoning.effort) : planned;
  return { ok: true, reply: replyOf(modelId, body, plan, view.inputTokens) };
}
