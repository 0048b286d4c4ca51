import { z } from "zod";
import { claudeStreamChunks, type ClaudeAnswerBlock } from "./anthropic-claude.stream";
import { planReply, reasoningSignature, type ConversationView, type ToolChoiceView } from "./conversation-reply";
import { answered, rejectedAsInvalid } from "./engine-outcome";
import { inspectMedia } from "./media-inspection";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { stableHex } from "./stable-hash";
import { type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

// Bedrock's Claude limits for inline media (the codec's page): images 3.75 MB, PDFs 4.5 MB.
const MAX_IMAGE_BYTES = 3.75 * 1024 * 1024;
const MAX_DOCUMENT_BYTES = 4.5 * 1024 * 1024;
const IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp"];

const base64Source = z.looseObject({ type: z.literal("base64"), media_type: z.string(), data: z.string() });
const textSource = z.looseObject({ type: z.literal("text"), media_type: z.string().optional(), data: z.string() });

// Blocks a request may carry: text, image, document, tool_use and tool_result, thinking and
// redacted_thinking replayed from an earlier answer. Unknown block types are accepted as they come.
const contentBlockSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("text"), text: z.string() }),
  z.looseObject({ type: z.literal("image"), source: base64Source }),
  z.looseObject({ type: z.literal("document"), source: z.union([base64Source, textSource]), title: z.string().nullish() }),
  z.looseObject({ type: z.literal("tool_use"), id: z.string().min(1), name: z.string().min(1), input: z.unknown() }),
  z.looseObject({
    type: z.literal("tool_result"),
    tool_use_id: z.string().min(1),
    content: z.union([z.string(), z.array(z.looseObject({ type: z.string(), text: z.string().optional() }))]).optional(),
    is_error: z.boolean().optional(),
  }),
  z.looseObject({ type: z.literal("thinking"), thinking: z.string(), signature: z.string() }),
  z.looseObject({ type: z.literal("redacted_thinking"), data: z.string() }),
]);

const messageSchema = z.looseObject({
  role: z.enum(["user", "assistant"]),
  content: z.union([z.string(), z.array(contentBlockSchema).min(1)]),
});

const toolSchema = z.looseObject({
  name: z.string().min(1).max(128),
  description: z.string().optional(),
  input_schema: z.record(z.string(), z.unknown()).optional(),
});

const toolChoiceSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("auto") }),
  z.looseObject({ type: z.literal("any") }),
  z.looseObject({ type: z.literal("none") }),
  z.looseObject({ type: z.literal("tool"), name: z.string().min(1) }),
]);

// Bedrock's documented version, and the Anthropic API version Anthropic's Bedrock SDK (1.x) copies
// from its `anthropic-version` header into the body in its place. Anything else is refused.
// https://github.com/anthropics/anthropic-sdk-typescript/blob/main/packages/bedrock-sdk/src/client.ts
const API_VERSIONS = ["bedrock-2023-05-31", "2026-10-21"] as const;

// Required and ranged fields per the Bedrock Claude Messages parameters page:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
const claudeRequestSchema = z.looseObject({
  anthropic_version: z.enum(API_VERSIONS),
  max_tokens: requestFields.tokenLimit(),
  messages: z.array(messageSchema).min(1),
  system: z.union([z.string(), z.array(z.looseObject({ type: z.literal("text"), text: z.string() }))]).optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  top_k: z.number().int().min(0).max(500).optional(),
  stop_sequences: requestFields.stopSequences(8191).optional(),
  tools: z.array(toolSchema).optional(),
  tool_choice: toolChoiceSchema.optional(),
  thinking: z
    .discriminatedUnion("type", [
      z.looseObject({ type: z.literal("enabled"), budget_tokens: z.number().int().min(1024) }),
      // Claude 4.6 and later choose their own budget (https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html).
      z.looseObject({ type: z.literal("adaptive") }),
      z.looseObject({ type: z.literal("disabled") }),
    ])
    .optional(),
  // Structured outputs: the answer's text matches format.schema. Effort is accepted and not read.
  output_config: z
    .looseObject({ format: z.looseObject({ type: z.literal("json_schema"), schema: z.record(z.string(), z.unknown()) }).optional() })
    .optional(),
});

type ClaudeRequest = z.infer<typeof claudeRequestSchema>;
type ClaudeMessage = ClaudeRequest["messages"][number];
type ClaudeBlock = Exclude<ClaudeMessage["content"], string>[number];

// Claude Sonnet 4.5 and Haiku 4.5 take temperature or top_p, not both (same page).
const ONE_SAMPLING_PARAMETER_MODELS = ["anthropic.claude-sonnet-4-5", "anthropic.claude-haiku-4-5"];

const STOP_REASONS: Record<GenerationStop, string> = {
  end: "end_turn",
  length: "max_tokens",
  stop_sequence: "stop_sequence",
};

function blocksOf(message: ClaudeMessage): ClaudeBlock[] {
  return typeof message.content === "string" ? [{ type: "text", text: message.content }] : message.content;
}

function blockText(block: ClaudeBlock): string {
  switch (block.type) {
    case "text":
      return block.text;
    case "tool_result":
      return typeof block.content === "string" ? block.content : (block.content ?? []).map((part) => part.text ?? "").join("\n");
    case "tool_use":
      return JSON.stringify(block.input ?? {});
    case "thinking":
      return block.thinking;
    default:
      return "";
  }
}

// The response names the model without provider prefix and version suffix:
// anthropic.claude-3-haiku-20240307-v1:0 → claude-3-haiku-20240307.
function responseModelName(baseModelId: string): string {
  return baseModelId.replace(/^anthropic\./, "").replace(/-v\d+(?::[a-z0-9]+)*$/, "");
}

/** What Claude refuses in a conversation it could otherwise parse, in the words of its errors; null when all is well. */
function conversationProblem(request: ClaudeRequest): string | null {
  for (const [turn, message] of request.messages.entries()) {
    const blocks = blocksOf(message);
    const previous = turn > 0 ? blocksOf(request.messages[turn - 1]) : [];
    const calls = new Set(previous.flatMap((block) => (block.type === "tool_use" ? [block.id] : [])));
    for (const [index, block] of blocks.entries()) {
      const where = `messages.${turn}.content.${index}`;
      if ((block.type === "image" || block.type === "document" || block.type === "tool_result") && message.role !== "user") {
        return `${where}: ${block.type} blocks are only allowed in user messages`;
      }
      if (block.type === "image") {
        if (!IMAGE_TYPES.includes(block.source.media_type))
          return `${where}.source.media_type: Input should be ${IMAGE_TYPES.map((type) => `'${type}'`).join(", ")}`;
        const image = inspectMedia("image", block.source.media_type, block.source.data, MAX_IMAGE_BYTES);
        if (!image.ok) return `${where}.source: ${image.problem}`;
      }
      if (block.type === "document" && block.source.type === "base64") {
        if (block.source.media_type !== "application/pdf") return `${where}.source.media_type: Input should be 'application/pdf'`;
        const document = inspectMedia("document", "pdf", block.source.data, MAX_DOCUMENT_BYTES);
        if (!document.ok) return `${where}.source: ${document.problem}`;
      }
      if (block.type === "tool_result" && !calls.has(block.tool_use_id)) {
        return `${where}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${block.tool_use_id}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`;
      }
      if (block.type === "thinking" && block.signature !== reasoningSignature(block.thinking)) {
        return `${where}: Invalid \`signature\` in \`thinking\` block`;
      }
    }
  }
  return null;
}

function thinks(request: ClaudeRequest): boolean {
  return request.thinking?.type === "enabled" || request.thinking?.type === "adaptive";
}

/** With thinking on, an assistant turn that called a tool must open with its thinking block (extended-thinking page). */
function thinkingOrderProblem(request: ClaudeRequest): string | null {
  if (!thinks(request)) return null;
  const last = request.messages.filter((message) => message.role === "assistant").at(-1);
  if (last === undefined) return null;
  const blocks = blocksOf(last);
  const callsTool = blocks.some((block) => block.type === "tool_use");
  const first = blocks[0];
  if (!callsTool || first.type === "thinking" || first.type === "redacted_thinking") return null;
  return `Expected \`thinking\` or \`redacted_thinking\`, but found \`${first.type}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block.`;
}

// Claude bills an image by its pixels, up to about 1,600 tokens for the largest it reads; the emulator
// counts by bytes within that ceiling rather than decode the image. A document costs what it holds.
const MAX_IMAGE_TOKENS = 1_600;
// Bedrock caches a prefix only from a model's minimum size up (1,024 tokens for most Claude models):
// https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html
const MINIMUM_CACHED_TOKENS = 1_024;

function blockTokens(block: ClaudeBlock): number {
  if (block.type === "image") return Math.min(MAX_IMAGE_TOKENS, 85 + Math.ceil(((block.source.data.length / 4) * 3) / 750));
  if (block.type === "document")
    return block.source.type === "text" ? countTokens(block.source.data) : Math.ceil((block.source.data.length * 3) / 16);
  return countTokens(blockText(block));
}

const marksCachePoint = (part: unknown): boolean => typeof part === "object" && part !== null && "cache_control" in part;

/**
 * The prompt's tokens, and how many of them a cache point asked Bedrock to cache: everything up to
 * the last marked block, in the order Claude caches (tools, system, messages). The emulator keeps no
 * cache between calls, so every marked prefix is written, none read.
 */
function promptTokens(request: ClaudeRequest): { total: number; cacheWrite: number } {
  const system =
    typeof request.system === "string"
      ? [{ tokens: countTokens(request.system), marked: false }]
      : (request.system ?? []).map((block) => ({ tokens: countTokens(block.text), marked: marksCachePoint(block) }));
  const parts = [
    ...(request.tools ?? []).map((tool) => ({ tokens: countTokens(JSON.stringify(tool)), marked: marksCachePoint(tool) })),
    ...system,
    ...request.messages.flatMap((message) => blocksOf(message).map((block) => ({ tokens: blockTokens(block), marked: marksCachePoint(block) }))),
  ];
  const total = parts.reduce((sum, part) => sum + part.tokens, 0);
  const lastMark = parts.map((part) => part.marked).lastIndexOf(true);
  const prefix = parts.slice(0, lastMark + 1).reduce((sum, part) => sum + part.tokens, 0);
  return { total, cacheWrite: prefix >= MINIMUM_CACHED_TOKENS ? prefix : 0 };
}

function toolChoiceOf(request: ClaudeRequest): ToolChoiceView {
  const choice = request.tool_choice;
  if (choice === undefined) return { mode: "auto" };
  return choice.type === "tool" ? { mode: "tool", name: choice.name } : { mode: choice.type };
}

function viewOf(request: ClaudeRequest): ConversationView {
  const lastUser = request.messages.filter((message) => message.role === "user").at(-1);
  const blocks = lastUser === undefined ? [] : blocksOf(lastUser);
  const calls = new Map(
    request.messages.flatMap((message) => blocksOf(message)).flatMap((block) => (block.type === "tool_use" ? [[block.id, block.name] as const] : [])),
  );
  return {
    lastUserText: blocks.flatMap((block) => (block.type === "text" ? [block.text] : [])).join("\n"),
    toolResults: blocks.flatMap((block) =>
      block.type === "tool_result" ? [{ name: calls.get(block.tool_use_id) ?? null, text: blockText(block) }] : [],
    ),
    seen: blocks.flatMap((block) => {
      if (block.type === "image") return [`a ${block.source.media_type.replace("image/", "")} image`];
      if (block.type === "document") return [`a document${block.title ? ` named ${block.title}` : ""}`];
      return [];
    }),
    tools: (request.tools ?? []).map((tool) => ({ name: tool.name, description: tool.description, inputSchema: tool.input_schema ?? {} })),
    toolChoice: toolChoiceOf(request),
    reasoning: thinks(request),
    jsonSchema: request.output_config?.format?.schema ?? null,
    inputTokens: promptTokens(request).total,
    maxTokens: request.max_tokens,
    stopSequences: request.stop_sequences ?? [],
  };
}

/** Anthropic Claude through the Messages API body (`anthropic.claude-*`): text, images, PDFs, tools and extended thinking. */
export const anthropicClaudeEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(
    claudeRequestSchema.refine(
      (request) =>
        !ONE_SAMPLING_PARAMETER_MODELS.some((prefix) => baseModelId.startsWith(prefix)) ||
        request.temperature === undefined ||
        request.top_p === undefined,
      { message: "temperature and top_p cannot both be specified for this model", path: ["top_p"] },
    ),
    body,
  );
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  if (request.thinking?.type === "enabled" && request.thinking.budget_tokens >= request.max_tokens) {
    return rejectedAsInvalid("`max_tokens` must be greater than `thinking.budget_tokens`");
  }
  const problem = conversationProblem(request) ?? thinkingOrderProblem(request);
  if (problem !== null) return rejectedAsInvalid(problem);
  const view = viewOf(request);
  const plan = planReply(view);
  // Claude reports cached prompt tokens apart from the rest of the input.
  const { cacheWrite } = promptTokens(request);
  const inputTokens = view.inputTokens - cacheWrite;
  const id = stableHex(`${baseModelId}\u0000${JSON.stringify(body)}`, 22);
  const content: ClaudeAnswerBlock[] = [];
  if (plan.reasoning !== null) content.push({ type: "thinking", thinking: plan.reasoning, signature: reasoningSignature(plan.reasoning) });
  if (plan.toolCall !== null) content.push({ type: "tool_use", id: `toolu_bdrk_01${id}`, name: plan.toolCall.name, input: plan.toolCall.input });
  else content.push({ type: "text", text: plan.text.text });
  const response = {
    id: `msg_bdrk_01${id}`,
    type: "message",
    role: "assistant",
    model: responseModelName(baseModelId),
    content,
    stop_reason: plan.toolCall !== null ? "tool_use" : STOP_REASONS[plan.text.stopReason],
    stop_sequence: plan.text.stopSequence,
    usage: {
      input_tokens: inputTokens,
      output_tokens: plan.outputTokens,
      cache_creation_input_tokens: cacheWrite,
      cache_read_input_tokens: 0,
    },
  };
  return answered(response, inputTokens, plan.outputTokens, claudeStreamChunks(response, plan.text.pieces));
};
