import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem, type TextChunk, type TextCodec } from "../codec.types";
import { splitTaggedReasoning, type ReasoningTags } from "../content/tagged-reasoning";
import { parseToolInput, toolInputText, toolResultText } from "../content/tool-result-text";
import { type FamilyCapabilities } from "../family-capabilities";
import { type FinishReason, type TextGeneration, type TextRequest } from "../invocation.types";
import { type Turn } from "../prompt/conversation";
import { finishReasonOf } from "../prompt/finish-reason";
import { readTextRequest } from "../prompt/text-request";
import { type TextOptionLimits } from "../prompt/text-option-limits";
import {
  type OpenAiChatResponse,
  type OpenAiContentPart,
  type OpenAiMessage,
  type OpenAiResponseFormat,
  type OpenAiTool,
  type OpenAiToolChoice,
  openAiChatChunkSchema,
  openAiChatResponseSchema,
} from "./openai-chat.wire";
import { parseWireBody } from "../parse-wire-body";

/** How a family's dialect of the chat-completions body differs. */
export interface OpenAiDialect {
  family: string;
  /** The role system text takes (gpt-oss documents `developer`). */
  systemRole: "system" | "developer";
  /** The family's word for "must call some tool"; null when it has none. */
  anyToolWord: "any" | "required" | null;
  /** Whether tool_choice may name one function. */
  namedToolChoice: boolean;
  /** Reasoning written into the text between tags, when the family does that. */
  reasoningTags: ReasoningTags | null;
}

function userContent(turn: Turn): string | OpenAiContentPart[] {
  const images = turn.blocks.some((block) => block.kind === "image");
  if (!images) return turn.text;
  return turn.blocks.flatMap((block): OpenAiContentPart[] => {
    if (block.kind === "text") return [{ type: "text", text: block.text }];
    if (block.kind === "image" && "base64" in block.source)
      return [{ type: "image_url", image_url: { url: `data:image/${block.format};base64,${block.source.base64}` } }];
    return [];
  });
}

/**
 * Turns as chat-completion messages: a user turn's tool results become `tool` messages ahead of
 * its text, an assistant turn's tool calls its `tool_calls`. Reasoning blocks are not sent back:
 * these families take no reasoning in their input.
 */
export function openAiMessages(turns: readonly Turn[], system: string | undefined, dialect: OpenAiDialect): OpenAiMessage[] {
  const messages: OpenAiMessage[] = system === undefined ? [] : [{ role: dialect.systemRole, content: system }];
  for (const turn of turns) {
    if (turn.role === "assistant") {
      const calls = turn.blocks.flatMap((block) =>
        block.kind === "toolUse"
          ? [{ id: block.id, type: "function" as const, function: { name: block.name, arguments: toolInputText(block.input) } }]
          : [],
      );
      messages.push(calls.length === 0 ? { role: "assistant", content: turn.text } : { role: "assistant", content: turn.text, tool_calls: calls });
      continue;
    }
    for (const block of turn.blocks) {
      if (block.kind === "toolResult") messages.push({ role: "tool", tool_call_id: block.toolUseId, content: toolResultText(block.content) });
    }
    const content = userContent(turn);
    if (content.length > 0) messages.push({ role: "user", content });
  }
  return messages;
}

/** The request's tools and tool choice in chat-completion words; a choice the dialect cannot say is a problem. */
export function openAiTools(
  request: TextRequest,
  dialect: OpenAiDialect,
): Result<{ tools?: OpenAiTool[]; tool_choice?: OpenAiToolChoice }, CodecProblem> {
  const tools = request.tools?.map(({ name, description, inputSchema }) => ({
    type: "function" as const,
    function: { name, description, parameters: inputSchema },
  }));
  const choice = request.toolChoice;
  if (choice === undefined || choice.mode === "auto" || choice.mode === "none") return ok({ tools, tool_choice: choice?.mode });
  if (choice.mode === "any") {
    return dialect.anyToolWord === null
      ? fail({ field: "toolChoice", message: `${dialect.family} takes toolChoice AUTO or NONE only` })
      : ok({ tools, tool_choice: dialect.anyToolWord });
  }
  if (!dialect.namedToolChoice)
    return fail({
      field: "toolChoice.tool",
      message: `${dialect.family} cannot be made to call one named tool; use mode ${dialect.anyToolWord === null ? "AUTO" : "ANY"}`,
    });
  return ok({ tools, tool_choice: { type: "function", function: { name: choice.name } } });
}

/** `response_format` with a JSON Schema, for families that take structured output natively. */
export function openAiResponseFormat(request: TextRequest): OpenAiResponseFormat | undefined {
  const format = request.responseFormat;
  if (format === undefined) return undefined;
  return { type: "json_schema", json_schema: { name: format.name, description: format.description, schema: format.jsonSchema, strict: true } };
}

/** A chat completion read as a generation. */
export function readOpenAiChat(
  answer: OpenAiChatResponse,
  dialect: OpenAiDialect,
  finishReasons: Readonly<Record<string, FinishReason>>,
): TextGeneration {
  const [choice] = answer.choices;
  const stopReason = choice.finish_reason ?? choice.stop_reason ?? null;
  const content = choice.message.content ?? "";
  const split = dialect.reasoningTags === null ? { text: content, reasoning: "" } : splitTaggedReasoning(content, dialect.reasoningTags);
  const reasoning = [choice.message.reasoning_content ?? "", split.reasoning].filter((part) => part.length > 0).join("\n");
  return {
    modality: "TEXT",
    text: split.text,
    stopReason,
    finishReason: finishReasonOf(finishReasons, stopReason),
    toolCalls: (choice.message.tool_calls ?? []).map((call, index) => ({
      id: call.id ?? `call_${index}`,
      name: call.function.name,
      input: typeof call.function.arguments === "string" ? parseToolInput(call.function.arguments) : (call.function.arguments ?? {}),
    })),
    reasoning: reasoning.length === 0 ? null : { text: reasoning, signature: null, redactedData: [] },
    usage: { inputTokens: answer.usage?.prompt_tokens ?? null, outputTokens: answer.usage?.completion_tokens ?? null },
  };
}

/** One chat-completion stream chunk; tagged reasoning in the text is split by the stream reader, which sees every piece. */
export function readOpenAiChatChunk(chunk: unknown, family: string): Result<TextChunk, CodecProblem> {
  const parsed = parseWireBody(openAiChatChunkSchema, chunk, `${family} stream chunk`);
  if (!parsed.ok) return parsed;
  const { choices, usage } = parsed.value;
  const choice = choices?.at(0);
  const delta = choice?.delta ?? choice?.message;
  const base: TextChunk = {
    text: delta?.content ?? "",
    stopReason: choice?.finish_reason ?? choice?.stop_reason ?? undefined,
    inputTokens: usage?.prompt_tokens,
    outputTokens: usage?.completion_tokens,
  };
  // Every call of the chunk: OpenAI-style streams send one per chunk, Mistral sends whole calls
  // together; a call without an index is the next one of the stream.
  const calls = (delta?.tool_calls ?? []).map((call, position) => ({
    key: call.index ?? position,
    id: call.id ?? undefined,
    name: call.function?.name ?? undefined,
    inputJson: call.function?.arguments ?? "",
  }));
  const reasoning = delta?.reasoning_content;
  return ok({ ...base, ...(calls.length > 0 ? { toolCalls: calls } : {}), ...(reasoning ? { reasoning: { text: reasoning } } : {}) });
}

/** Chat Completions' finish reasons (Mistral adds its own `model_length`). */
export const CHAT_COMPLETION_FINISH_REASONS: Readonly<Record<string, FinishReason>> = {
  stop: "END_TURN",
  length: "MAX_TOKENS",
  tool_calls: "TOOL_USE",
  content_filter: "CONTENT_FILTERED",
};

/** A family that speaks the chat-completions body: what sets it apart from the others. */
export interface OpenAiChatFamily {
  family: string;
  displayName: string;
  dialect: OpenAiDialect;
  limits: TextOptionLimits;
  capabilities: FamilyCapabilities;
  /** The family's own fields: its name for the token cap, and options only it has. */
  ownFields(request: TextRequest): Record<string, unknown>;
}

/**
 * The codec of a chat-completions family: messages, sampling options, stop sequences and tools
 * in the shared shape, then the family's own fields; answers and stream chunks read the shared way.
 */
export function openAiChatCodec(spec: OpenAiChatFamily): TextCodec {
  const { dialect } = spec;
  return {
    family: spec.family,
    displayName: spec.displayName,
    modality: "TEXT",
    capabilities: spec.capabilities,
    finishReasons: CHAT_COMPLETION_FINISH_REASONS,
    reasoningTags: dialect.reasoningTags ?? undefined,
    encode(request) {
      const rules = { family: dialect.family, limits: spec.limits, turns: { userFirst: false, userLast: false }, capabilities: spec.capabilities };
      const turns = readTextRequest(request, rules);
      if (!turns.ok) return turns;
      const tools = openAiTools(request, dialect);
      if (!tools.ok) return tools;
      return ok({
        messages: openAiMessages(turns.value, request.system, dialect),
        temperature: request.temperature,
        top_p: request.topP,
        stop: request.stopSequences,
        ...tools.value,
        ...spec.ownFields(request),
      });
    },
    decode(body) {
      const parsed = parseWireBody(openAiChatResponseSchema, body, dialect.family);
      return parsed.ok ? ok(readOpenAiChat(parsed.value, dialect, CHAT_COMPLETION_FINISH_REASONS)) : parsed;
    },
    decodeChunk: (chunk) => readOpenAiChatChunk(chunk, dialect.family),
  };
}
