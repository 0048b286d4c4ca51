import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem, type TextChunk, type TextCodec } from "../codec.types";
import { MEBIBYTE, type FamilyCapabilities } from "../family-capabilities";
import { type ContentBlock, type FinishReason, type MediaSource, type TextRequest } from "../invocation.types";
import { parseWireBody } from "../parse-wire-body";
import { type Turn } from "../prompt/conversation";
import { finishReasonOf } from "../prompt/finish-reason";
import { readTextRequest } from "../prompt/text-request";
import { ANY_TOKEN_COUNT, UNIT_INTERVAL, type TextOptionLimits } from "../prompt/text-option-limits";
import {
  novaTextChunkSchema,
  novaTextResponseSchema,
  type NovaBlock,
  type NovaInferenceConfig,
  type NovaSource,
  type NovaTextRequestBody,
  type NovaToolConfig,
} from "./nova-text.wire";

const FAMILY = "Amazon Nova";

// temperature and topP run 0–1 as in Converse's InferenceConfiguration; top-k has no documented ceiling.
const LIMITS: TextOptionLimits = {
  maxTokens: ANY_TOKEN_COUNT,
  temperature: UNIT_INTERVAL,
  topP: UNIT_INTERVAL,
  topK: { minimum: 0, maximum: Infinity, whole: true },
  stopSequences: { maximumCount: Infinity },
};

// Images png/jpeg/gif/webp and videos mkv/mov/mp4/webm/three_gp/flv/mpeg/mpg/wmv, inline or from S3
// (https://docs.aws.amazon.com/nova/latest/userguide/modalities.html); one video per request. Documents
// are Converse-only: "Document Support is limited to only Converse API and is not supported in Invoke API"
// (https://docs.aws.amazon.com/nova/latest/userguide/invoke.html). Inline media stays under InvokeModel's
// 25,000,000-byte body once base64 adds a third.
const CAPABILITIES: FamilyCapabilities = {
  tools: true,
  image: { formats: ["png", "jpeg", "gif", "webp"], maxBytesPerItem: 18 * MEBIBYTE, maxItems: 20, s3: true },
  document: null,
  video: { formats: ["mp4", "mov", "mkv", "webm", "flv", "mpeg", "mpg", "wmv", "three_gp"], maxBytesPerItem: 18 * MEBIBYTE, maxItems: 1, s3: true },
  reasoning: "effort",
  structuredOutput: "tool",
  cachePoints: true,
  maxMediaBytes: 18 * MEBIBYTE,
};

const FINISH_REASONS: Record<string, FinishReason> = {
  end_turn: "END_TURN",
  max_tokens: "MAX_TOKENS",
  stop_sequence: "STOP_SEQUENCE",
  tool_use: "TOOL_USE",
  content_filtered: "CONTENT_FILTERED",
  guardrail_intervened: "GUARDRAIL_INTERVENED",
};

function inferenceConfigFor(request: TextRequest, modelId: string): NovaInferenceConfig {
  const { maxTokens, temperature, topP, topK, stopSequences } = request;
  if (modelId.startsWith("amazon.nova-2-")) return { maxTokens, temperature, topP, topK, stopSequences };
  return { max_new_tokens: maxTokens, temperature, top_p: topP, top_k: topK, stopSequences };
}

function source(from: MediaSource): NovaSource {
  return "base64" in from ? { bytes: from.base64 } : { s3Location: { uri: from.s3Uri, bucketOwner: from.bucketOwner } };
}

function encodeBlock(block: Exclude<ContentBlock, { kind: "document" }>): NovaBlock {
  switch (block.kind) {
    case "text":
      return { text: block.text };
    case "image":
      return { image: { format: block.format, source: source(block.source) } };
    case "video":
      return { video: { format: block.format, source: source(block.source) } };
    case "toolUse":
      return { toolUse: { toolUseId: block.id, name: block.name, input: block.input } };
    case "toolResult":
      return {
        toolResult: {
          toolUseId: block.toolUseId,
          content: block.content.map((part) => ("text" in part ? { text: part.text } : { json: part.json })),
          status: block.isError ? "error" : "success",
        },
      };
    case "reasoning":
      return { reasoningContent: { reasoningText: { text: block.text, signature: block.signature } } };
    case "cachePoint":
      return { cachePoint: { type: "default" } };
  }
}

function encodeTurn(turn: Turn, index: number): Result<NovaTextRequestBody["messages"][number], CodecProblem> {
  const content: NovaBlock[] = [];
  for (const [position, block] of turn.blocks.entries()) {
    if (block.kind === "document")
      return fail({ field: `messages.${index}.blocks.${position}.document`, message: `${FAMILY} takes no documents through InvokeModel` });
    content.push(encodeBlock(block));
  }
  return ok({ role: turn.role, content });
}

function toolConfigFor(request: TextRequest): NovaToolConfig | undefined {
  const format = request.responseFormat;
  if (format !== undefined) {
    const description = format.description ?? "Give the answer as this tool's input.";
    return {
      tools: [{ toolSpec: { name: format.name, description, inputSchema: { json: format.jsonSchema } } }],
      toolChoice: { tool: { name: format.name } },
    };
  }
  if (request.tools === undefined) return undefined;
  const choice = request.toolChoice;
  // NONE was refused before; AUTO is Nova's default and is sent as said.
  const toolChoice =
    choice === undefined ? undefined : choice.mode === "tool" ? { tool: { name: choice.name } } : choice.mode === "any" ? { any: {} } : { auto: {} };
  return {
    tools: request.tools.map(({ name, description, inputSchema }) => ({ toolSpec: { name, description, inputSchema: { json: inputSchema } } })),
    toolChoice,
  };
}

function readChunk(chunk: unknown): Result<TextChunk, CodecProblem> {
  const parsed = parseWireBody(novaTextChunkSchema, chunk, `${FAMILY} stream chunk`);
  if (!parsed.ok) return parsed;
  const { contentBlockStart, contentBlockDelta, messageStop, metadata } = parsed.value;
  const base: TextChunk = {
    text: contentBlockDelta?.delta.text ?? "",
    stopReason: messageStop?.stopReason ?? undefined,
    inputTokens: metadata?.usage?.inputTokens,
    outputTokens: metadata?.usage?.outputTokens,
  };
  const started = contentBlockStart?.start.toolUse;
  if (started !== undefined && contentBlockStart !== undefined) {
    return ok({ ...base, toolCalls: [{ key: contentBlockStart.contentBlockIndex, id: started.toolUseId, name: started.name, inputJson: "" }] });
  }
  const toolInput = contentBlockDelta?.delta.toolUse;
  if (toolInput !== undefined) return ok({ ...base, toolCalls: [{ key: contentBlockDelta?.contentBlockIndex ?? 0, inputJson: toolInput.input }] });
  const reasoning = contentBlockDelta?.delta.reasoningContent;
  if (reasoning !== undefined) return ok({ ...base, reasoning: { text: reasoning.text ?? "", signature: reasoning.signature } });
  return ok(base);
}

/** Amazon Nova Micro, Lite, Pro, Premier and Nova 2 Lite: `{schemaVersion, system, messages, inferenceConfig, toolConfig, reasoningConfig}`. */
export const novaTextCodec: TextCodec = {
  family: "amazon-nova-text",
  displayName: "Amazon Nova (understanding models)",
  modality: "TEXT",
  capabilities: CAPABILITIES,
  finishReasons: FINISH_REASONS,
  encode(request, modelId) {
    // Nova's toolChoice has auto, any and tool, and no way to forbid calls (Converse's ToolChoice:
    // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html).
    if (request.toolChoice?.mode === "none")
      return fail({ field: "toolChoice.mode", message: `${FAMILY} takes toolChoice AUTO, ANY or one tool, not NONE; leave out the tools instead` });
    // Nova's request schema: "first turn should always be the user turn"; a last assistant turn is a prefill.
    const turns = readTextRequest(request, {
      family: FAMILY,
      limits: LIMITS,
      turns: { userFirst: true, userLast: false },
      capabilities: CAPABILITIES,
    });
    if (!turns.ok) return turns;
    const messages: NovaTextRequestBody["messages"] = [];
    for (const [index, turn] of turns.value.entries()) {
      const message = encodeTurn(turn, index);
      if (!message.ok) return message;
      messages.push(message.value);
    }
    const effort = request.reasoning !== undefined && "effort" in request.reasoning ? request.reasoning.effort : undefined;
    const body: NovaTextRequestBody = {
      schemaVersion: "messages-v1",
      system: request.system === undefined ? undefined : [{ text: request.system }],
      messages,
      inferenceConfig: inferenceConfigFor(request, modelId),
      toolConfig: toolConfigFor(request),
      reasoningConfig: effort === undefined ? undefined : { type: "enabled", maxReasoningEffort: effort },
    };
    return ok(body);
  },
  decode(body) {
    const parsed = parseWireBody(novaTextResponseSchema, body, FAMILY);
    if (!parsed.ok) return parsed;
    const { output, stopReason, usage } = parsed.value;
    const blocks = output.message.content;
    const thoughts = blocks.flatMap((block) => (block.reasoningContent?.reasoningText ? [block.reasoningContent.reasoningText] : []));
    const redacted = blocks.flatMap((block) => (block.reasoningContent?.redactedContent ? [block.reasoningContent.redactedContent] : []));
    return ok({
      modality: "TEXT",
      text: blocks.map((block) => block.text ?? "").join(""),
      stopReason: stopReason ?? null,
      finishReason: finishReasonOf(FINISH_REASONS, stopReason),
      toolCalls: blocks.flatMap((block) =>
        block.toolUse ? [{ id: block.toolUse.toolUseId, name: block.toolUse.name, input: block.toolUse.input ?? {} }] : [],
      ),
      reasoning:
        thoughts.length === 0 && redacted.length === 0
          ? null
          : { text: thoughts.map((thought) => thought.text).join(""), signature: thoughts.at(-1)?.signature ?? null, redactedData: redacted },
      usage: {
        inputTokens: usage?.inputTokens ?? null,
        outputTokens: usage?.outputTokens ?? null,
        cacheReadTokens: usage?.cacheReadInputTokenCount ?? null,
        cacheWriteTokens: usage?.cacheWriteInputTokenCount ?? null,
      },
    });
  },
  decodeChunk: readChunk,
};
