import { z } from "zod";
import { novaTextStreamChunks, type NovaAnswerBlock } from "./amazon-nova-text.stream";
import { planReply, reasoningSignature, type ConversationView, type ToolChoiceView } from "./conversation-reply";
import { answered, rejectedAsInvalid } from "./engine-outcome";
import { inspectMedia } from "./media-inspection";
import { type ModelEngine } from "./model-engine.types";
import { reasonAtEffort } from "./reasoning-effort";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { stableHex } from "./stable-hash";
import { type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

// Media Nova reads: images png/jpeg/gif/webp and videos mkv/mov/mp4/webm/three_gp/flv/mpeg/mpg/wmv,
// inline (base64) or from S3: https://docs.aws.amazon.com/nova/latest/userguide/modalities.html
// Inline media must fit InvokeModel's body once base64 adds a third; S3 objects are not fetched.
const MAX_INLINE_BYTES = 18 * 1024 * 1024;
const IMAGE_FORMATS = ["png", "jpeg", "gif", "webp"] as const;
const VIDEO_FORMATS = ["mkv", "mov", "mp4", "webm", "three_gp", "flv", "mpeg", "mpg", "wmv"] as const;

// A source is a union: inline base64 bytes or an S3 location, exactly one of them.
const sourceSchema = z
  .looseObject({
    bytes: z.string().optional(),
    s3Location: z.looseObject({ uri: z.string().startsWith("s3://"), bucketOwner: z.string().optional() }).optional(),
  })
  .refine((source) => (source.bytes === undefined) !== (source.s3Location === undefined), "exactly one of bytes and s3Location must be set");

// A content block holds one member: text, image, video, document, toolUse, toolResult,
// reasoningContent or cachePoint (tool blocks: https://docs.aws.amazon.com/nova/latest/userguide/tool-use-results.html).
const contentBlockSchema = z.looseObject({
  text: z.string().optional(),
  image: z.looseObject({ format: z.enum(IMAGE_FORMATS), source: sourceSchema }).optional(),
  video: z.looseObject({ format: z.enum(VIDEO_FORMATS), source: sourceSchema }).optional(),
  document: z.unknown().optional(),
  toolUse: z.looseObject({ toolUseId: z.string().min(1), name: z.string().min(1), input: z.unknown() }).optional(),
  toolResult: z
    .looseObject({
      toolUseId: z.string().min(1),
      content: z.array(z.looseObject({ text: z.string().optional(), json: z.unknown().optional() })),
      status: z.enum(["success", "error"]).optional(),
    })
    .optional(),
  reasoningContent: z
    .looseObject({
      reasoningText: z.looseObject({ text: z.string(), signature: z.string().optional() }).optional(),
      redactedContent: z.string().optional(),
    })
    .optional(),
  cachePoint: z.looseObject({ type: z.literal("default") }).optional(),
});

const messageSchema = z.looseObject({
  role: z.enum(["user", "assistant"]),
  content: z.array(contentBlockSchema).min(1),
});

// Nova v1 documents snake-case inference names (max_new_tokens, top_p, top_k); Nova 2 documents
// camel case (maxTokens, topP, topK). Both are accepted. Nova v1:
// https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html, Nova 2:
// https://docs.aws.amazon.com/nova/latest/nova2-userguide/using-invoke-api.html
const inferenceConfigSchema = z.looseObject({
  max_new_tokens: requestFields.tokenLimit().optional(),
  maxTokens: requestFields.tokenLimit().optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  topP: requestFields.unitInterval().optional(),
  top_k: z.number().int().min(0).optional(),
  topK: z.number().int().min(0).optional(),
  stopSequences: requestFields.stopSequences().optional(),
});

// Tools as Converse has them; a tools entry may also be a cache point.
// https://docs.aws.amazon.com/nova/latest/userguide/tool-use.html
const toolConfigSchema = z.looseObject({
  tools: z
    .array(
      z.looseObject({
        toolSpec: z
          .looseObject({
            name: z.string().min(1).max(64),
            description: z.string().optional(),
            inputSchema: z.looseObject({ json: z.record(z.string(), z.unknown()) }),
          })
          .optional(),
      }),
    )
    .min(1),
  // A union too: auto, any or one named tool.
  toolChoice: z
    .looseObject({
      auto: z.looseObject({}).optional(),
      any: z.looseObject({}).optional(),
      tool: z.looseObject({ name: z.string().min(1) }).optional(),
    })
    .refine(
      (choice) => [choice.auto, choice.any, choice.tool].filter((member) => member !== undefined).length === 1,
      "exactly one of auto, any and tool must be set",
    )
    .optional(),
});

const novaRequestSchema = z.looseObject({
  schemaVersion: z.literal("messages-v1").optional(),
  system: z.array(z.looseObject({ text: z.string().optional() })).optional(),
  // As with Converse, a conversation opens with the user.
  messages: z
    .array(messageSchema)
    .min(1)
    .refine((messages) => messages.at(0)?.role !== "assistant", "the first message must have role user"),
  inferenceConfig: inferenceConfigSchema.optional(),
  toolConfig: toolConfigSchema.optional(),
  // Nova 2's extended thinking, a top-level field on InvokeModel:
  // https://docs.aws.amazon.com/nova/latest/nova2-userguide/extended-thinking.html
  reasoningConfig: z
    .looseObject({ type: z.enum(["enabled", "disabled"]), maxReasoningEffort: z.enum(["low", "medium", "high"]).optional() })
    .optional(),
});

type NovaRequest = z.infer<typeof novaRequestSchema>;
type NovaBlock = z.infer<typeof contentBlockSchema>;

// Nova's service default depends on the model; any value above the emulator's reply length acts alike.
const DEFAULT_MAXIMUM_TOKENS = 5000;
const DEFAULT_EFFORT = "medium";
const REASONING_PREFIX = "amazon.nova-2-";
// Nova Micro reads text only (complete request schema above).
const TEXT_ONLY_PREFIX = "amazon.nova-micro-";

const STOP_REASONS: Record<GenerationStop, string> = {
  end: "end_turn",
  length: "max_tokens",
  stop_sequence: "stop_sequence",
};

function toolResultText(block: NonNullable<NovaBlock["toolResult"]>): string {
  return block.content.map((part) => part.text ?? JSON.stringify(part.json ?? null)).join("\n");
}

function blockText(block: NovaBlock): string {
  if (block.toolResult !== undefined) return toolResultText(block.toolResult);
  if (block.toolUse !== undefined) return JSON.stringify(block.toolUse.input ?? {});
  return block.text ?? block.reasoningContent?.reasoningText?.text ?? "";
}

/** What the model sees of an image or video block, or the problem Bedrock reports with it. */
function mediaSeen(
  kind: "image" | "video",
  media: { format: string; source: z.infer<typeof sourceSchema> },
  where: string,
): { seen: string } | { problem: string } {
  if (media.source.bytes === undefined) return { seen: `a ${media.format} ${kind} at ${media.source.s3Location?.uri}` };
  const inspected = inspectMedia(kind, media.format, media.source.bytes, MAX_INLINE_BYTES);
  return inspected.ok ? { seen: inspected.description } : { problem: `${where}.${kind}.source.bytes: ${inspected.problem}` };
}

/** What Nova refuses in a conversation it could parse, block by block; what the last user turn shows otherwise. */
function readConversation(baseModelId: string, request: NovaRequest): { seen: string[] } | { problem: string } {
  const calls = new Set<string>();
  let seen: string[] = [];
  for (const [turn, message] of request.messages.entries()) {
    const turnSeen: string[] = [];
    for (const [index, block] of message.content.entries()) {
      const where = `messages.${turn}.content.${index}`;
      if (block.document !== undefined)
        return { problem: `${where}.document: documents are not supported by InvokeModel for this model; use the Converse API` };
      const media =
        block.image !== undefined ? (["image", block.image] as const) : block.video !== undefined ? (["video", block.video] as const) : undefined;
      if (media !== undefined) {
        if (baseModelId.startsWith(TEXT_ONLY_PREFIX)) return { problem: `${where}.${media[0]}: this model does not support ${media[0]} input` };
        if (message.role !== "user") return { problem: `${where}.${media[0]}: ${media[0]} blocks are only allowed in user messages` };
        const result = mediaSeen(media[0], media[1], where);
        if ("problem" in result) return result;
        turnSeen.push(result.seen);
      }
      if (block.toolUse !== undefined) {
        if (message.role !== "assistant") return { problem: `${where}.toolUse: toolUse blocks are only allowed in assistant messages` };
        calls.add(block.toolUse.toolUseId);
      }
      if (block.toolResult !== undefined && !calls.has(block.toolResult.toolUseId)) {
        return {
          problem: `${where}.toolResult.toolUseId: ${block.toolResult.toolUseId} does not match a toolUse block of an earlier assistant message`,
        };
      }
    }
    if (message.role === "user") seen = turnSeen;
  }
  return { seen };
}

function toolChoiceOf(choice: NonNullable<NovaRequest["toolConfig"]>["toolChoice"]): ToolChoiceView {
  if (choice?.tool !== undefined) return { mode: "tool", name: choice.tool.name };
  return choice?.any !== undefined ? { mode: "any" } : { mode: "auto" };
}

function viewOf(request: NovaRequest, seen: string[]): ConversationView {
  const lastUser = request.messages.filter((message) => message.role === "user").at(-1);
  const blocks = lastUser?.content ?? [];
  const names = new Map(
    request.messages.flatMap((message) =>
      message.content.flatMap((block) => (block.toolUse ? [[block.toolUse.toolUseId, block.toolUse.name] as const] : [])),
    ),
  );
  const specs = (request.toolConfig?.tools ?? []).flatMap((tool) => (tool.toolSpec === undefined ? [] : [tool.toolSpec]));
  return {
    lastUserText: blocks.flatMap((block) => (block.text === undefined ? [] : [block.text])).join("\n"),
    toolResults: blocks.flatMap((block) =>
      block.toolResult ? [{ name: names.get(block.toolResult.toolUseId) ?? null, text: toolResultText(block.toolResult) }] : [],
    ),
    seen,
    tools: specs.map((spec) => ({ name: spec.name, description: spec.description, inputSchema: spec.inputSchema.json })),
    toolChoice: toolChoiceOf(request.toolConfig?.toolChoice),
    reasoning: request.reasoningConfig?.type === "enabled",
    jsonSchema: null,
    inputTokens: countTokens(
      ...(request.system ?? []).map((block) => block.text ?? ""),
      ...request.messages.flatMap((message) => message.content.map(blockText)),
      ...specs.map((spec) => JSON.stringify(spec)),
    ),
    maxTokens: request.inferenceConfig?.maxTokens ?? request.inferenceConfig?.max_new_tokens ?? DEFAULT_MAXIMUM_TOKENS,
    stopSequences: request.inferenceConfig?.stopSequences ?? [],
  };
}

/** Amazon Nova understanding models: Micro, Lite, Pro, Premier and Nova 2 Lite, with media, tools and (Nova 2) reasoning. */
export const amazonNovaTextEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(novaRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const request = parsed.value;
  if (request.reasoningConfig !== undefined && !baseModelId.startsWith(REASONING_PREFIX)) {
    return rejectedAsInvalid("reasoningConfig: extended thinking is not supported by this model");
  }
  const named = request.toolConfig?.toolChoice?.tool?.name;
  if (named !== undefined && !request.toolConfig?.tools.some((tool) => tool.toolSpec?.name === named)) {
    return rejectedAsInvalid(`toolConfig.toolChoice.tool.name: no tool named ${named} is in toolConfig.tools`);
  }
  const conversation = readConversation(baseModelId, request);
  if ("problem" in conversation) return rejectedAsInvalid(conversation.problem);
  const view = viewOf(request, conversation.seen);
  const plan = reasonAtEffort(planReply(view), request.reasoningConfig?.maxReasoningEffort ?? DEFAULT_EFFORT);
  const content: NovaAnswerBlock[] = [];
  if (plan.reasoning !== null)
    content.push({ reasoningContent: { reasoningText: { text: plan.reasoning, signature: reasoningSignature(plan.reasoning) } } });
  if (plan.toolCall !== null) {
    const toolUseId = `tooluse_${stableHex(`${baseModelId}\u0000${JSON.stringify(body)}`, 22)}`;
    content.push({ toolUse: { toolUseId, name: plan.toolCall.name, input: plan.toolCall.input } });
  } else {
    content.push({ text: plan.text.text });
  }
  const response = {
    output: { message: { role: "assistant", content } },
    stopReason: plan.toolCall !== null ? "tool_use" : STOP_REASONS[plan.text.stopReason],
    usage: {
      inputTokens: view.inputTokens,
      outputTokens: plan.outputTokens,
      totalTokens: view.inputTokens + plan.outputTokens,
      cacheReadInputTokenCount: 0,
      cacheWriteInputTokenCount: 0,
    },
  };
  return answered(response, view.inputTokens, plan.outputTokens, novaTextStreamChunks(response, plan.text.pieces));
};
