import { z } from "zod";
import { inputPieces, type ConversationView, type PlannedReply, type ToolChoiceView } from "./conversation-reply";
import { answered, rejectedAsInvalid, type EngineRejection } from "./engine-outcome";
import { type EngineOutcome } from "./engine.types";
import { exactPieces } from "./exact-pieces";
import { formatName, inspectMedia } from "./media-inspection";
import { openAiChatDeltas } from "./openai-chat.stream";
import { requestFields } from "./request-fields";
import { stableHex } from "./stable-hash";
import { type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

/**
 * The OpenAI-style chat-completions body that several Bedrock families take on InvokeModel: Mistral
 * chat completion (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-chat-completion.html),
 * AI21 Jamba (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html), OpenAI
 * gpt-oss (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html) and Qwen3
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards-qwen.html). This module reads what
 * they share; each family's engine adds its own fields, ranges and answer envelope.
 */
export type OpenAiRole = "system" | "developer" | "user" | "assistant" | "tool";

const IMAGE_FORMATS = ["png", "jpeg", "gif", "webp"];
const IMAGE_DATA_URL = /^data:(image\/[a-z0-9.+-]+);base64,(.*)$/s;

const textPartSchema = z.looseObject({ type: z.literal("text"), text: z.string() });
// Official clients send image_url as an object; Mistral's own API also takes the URL as a plain string.
const imagePartSchema = z.looseObject({ type: z.literal("image_url"), image_url: z.union([z.string(), z.looseObject({ url: z.string() })]) });
const contentSchema = z.union([z.string(), z.array(z.discriminatedUnion("type", [textPartSchema, imagePartSchema]))]).nullish();

const toolCallSchema = z.looseObject({
  id: z.string().min(1),
  type: z.literal("function").optional(),
  function: z.looseObject({ name: z.string().min(1), arguments: z.union([z.string(), z.record(z.string(), z.unknown())]).optional() }),
});

const messageSchema = z.looseObject({
  role: z.enum(["system", "developer", "user", "assistant", "tool"]),
  content: contentSchema,
  tool_calls: z.array(toolCallSchema).nullish(),
  tool_call_id: z.string().optional(),
});

const toolSchema = z.looseObject({
  type: z.literal("function"),
  function: z.looseObject({
    name: z.string().min(1).max(64),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
  }),
});

const toolChoiceSchema = z.union([
  z.enum(["auto", "none", "any", "required"]),
  z.looseObject({ type: z.literal("function"), function: z.looseObject({ name: z.string().min(1) }) }),
]);

/** The fields every OpenAI-style family's body shares; which roles and tool choices a family takes is its dialect's. */
export const openAiChatFields = {
  messages: z.array(messageSchema).min(1),
  tools: z.array(toolSchema).optional(),
  tool_choice: toolChoiceSchema.optional(),
};

/** `stop` as one string or a list of strings, as Chat Completions allows. */
export function stopField(maximumCount?: number) {
  return z.union([z.string().min(1), requestFields.stopSequences(maximumCount)]).optional();
}

/** Chat Completions' structured output: a JSON Schema, any JSON object, or plain text. */
export const responseFormatSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("text") }),
  z.looseObject({ type: z.literal("json_object") }),
  z.looseObject({
    type: z.literal("json_schema"),
    json_schema: z.looseObject({ name: z.string().min(1), schema: z.record(z.string(), z.unknown()).optional(), strict: z.boolean().nullish() }),
  }),
]);

/** The JSON Schema the answer must match under `response_format`, or null for free text. */
export function jsonSchemaOf(format: z.infer<typeof responseFormatSchema> | undefined): unknown {
  if (format === undefined || format.type === "text") return null;
  return format.type === "json_object" ? { type: "object" } : (format.json_schema.schema ?? { type: "object" });
}

export interface OpenAiChatRequest {
  messages: Array<z.infer<typeof messageSchema>>;
  tools?: Array<z.infer<typeof toolSchema>>;
  tool_choice?: z.infer<typeof toolChoiceSchema>;
}

type OpenAiMessage = OpenAiChatRequest["messages"][number];

/** How a family's chat body differs from the others'. */
export interface OpenAiChatDialect {
  roles: readonly OpenAiRole[];
  /** The tool_choice words the family takes. */
  toolChoices: ReadonlyArray<"auto" | "none" | "any" | "required">;
  /** Whether tool_choice may name one function. */
  namedToolChoice: boolean;
  /** The largest image the model reads, decoded; null when it reads no images. */
  maxImageBytes: number | null;
}

/** What the family's own fields ask of the answer. */
export interface AnswerAsked {
  maxTokens: number;
  stop: string | readonly string[] | undefined;
  reasoning: boolean;
  jsonSchema: unknown;
}

function quoted(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(", ");
}

function contentText(content: OpenAiMessage["content"]): string {
  if (content === null || content === undefined) return "";
  if (typeof content === "string") return content;
  return content.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n");
}

function argumentsText(call: z.infer<typeof toolCallSchema>): string {
  const input = call.function.arguments;
  return typeof input === "string" ? input : JSON.stringify(input ?? {});
}

function toolChoiceProblem(request: OpenAiChatRequest, dialect: OpenAiChatDialect): string | null {
  const choice = request.tool_choice;
  if (choice === undefined) return null;
  if (typeof choice === "string") {
    return dialect.toolChoices.includes(choice) ? null : `tool_choice: Input should be ${quoted(dialect.toolChoices)}`;
  }
  if (!dialect.namedToolChoice)
    return `tool_choice: Input should be ${quoted(dialect.toolChoices)}; this model cannot be made to call one named function`;
  const offered = (request.tools ?? []).some((tool) => tool.function.name === choice.function.name);
  return offered ? null : `tool_choice.function.name: no tool named ${choice.function.name} is in tools`;
}

/** The image a part carries, as the model would see it, or the problem with it. */
function imageSeen(part: z.infer<typeof imagePartSchema>, where: string, maxBytes: number): { seen: string } | { problem: string } {
  const url = typeof part.image_url === "string" ? part.image_url : part.image_url.url;
  const match = IMAGE_DATA_URL.exec(url);
  // Bedrock runs the model without fetching from the internet, so images come inline.
  if (match === null) return { problem: `${where}.image_url.url: the image must be a base64 data URL (data:image/<format>;base64,<bytes>)` };
  const [, mediaType, data] = match;
  if (!IMAGE_FORMATS.includes(formatName(mediaType)))
    return { problem: `${where}.image_url.url: the image format must be one of ${quoted(IMAGE_FORMATS)}` };
  const image = inspectMedia("image", mediaType, data, maxBytes);
  return image.ok ? { seen: image.description } : { problem: `${where}.image_url.url: ${image.problem}` };
}

/** What a message's images show, in order, or the first problem with one of them. */
function imagesOf(message: OpenAiMessage, index: number, dialect: OpenAiChatDialect): { seen: string[] } | { problem: string } {
  const seen: string[] = [];
  if (!Array.isArray(message.content)) return { seen };
  for (const [position, part] of message.content.entries()) {
    if (part.type !== "image_url") continue;
    const where = `messages.${index}.content.${position}`;
    if (dialect.maxImageBytes === null) return { problem: `${where}: this model does not take image input` };
    if (message.role !== "user") return { problem: `${where}: images are only allowed in user messages` };
    const image = imageSeen(part, where, dialect.maxImageBytes);
    if ("problem" in image) return image;
    seen.push(image.seen);
  }
  return { seen };
}

function toolChoiceView(choice: OpenAiChatRequest["tool_choice"]): ToolChoiceView {
  if (choice === undefined || choice === "auto") return { mode: "auto" };
  if (choice === "none") return { mode: "none" };
  if (typeof choice === "string") return { mode: "any" };
  return { mode: "tool", name: choice.function.name };
}

/**
 * The conversation a chat body holds, checked as the families check it: roles the family takes,
 * each tool message answering a call an earlier assistant message made, images only where the
 * model reads them, each a well-formed base64 image within the limit.
 */
export function readOpenAiConversation(
  request: OpenAiChatRequest,
  dialect: OpenAiChatDialect,
  asked: AnswerAsked,
): { ok: true; view: ConversationView } | EngineRejection {
  const choiceProblem = toolChoiceProblem(request, dialect);
  if (choiceProblem !== null) return rejectedAsInvalid(choiceProblem);
  const callNames = new Map<string, string>();
  let seen: string[] = [];
  for (const [index, message] of request.messages.entries()) {
    if (!dialect.roles.includes(message.role)) return rejectedAsInvalid(`messages.${index}.role: Input should be ${quoted(dialect.roles)}`);
    if (message.role === "tool" && (message.tool_call_id === undefined || !callNames.has(message.tool_call_id))) {
      return rejectedAsInvalid(
        `messages.${index}.tool_call_id: a tool message must answer a tool call of an earlier assistant message; ${message.tool_call_id ?? "none"} is not one`,
      );
    }
    for (const call of message.tool_calls ?? []) callNames.set(call.id, call.function.name);
    const images = imagesOf(message, index, dialect);
    if ("problem" in images) return rejectedAsInvalid(images.problem);
    if (message.role === "user") seen = images.seen;
  }
  const lastAssistant = request.messages.map((message) => message.role).lastIndexOf("assistant");
  const lastUser = request.messages.filter((message) => message.role === "user").at(-1);
  const tools = request.tools ?? [];
  const view: ConversationView = {
    lastUserText: lastUser === undefined ? "" : contentText(lastUser.content),
    // The results the model answers from are those after its last turn.
    toolResults: request.messages
      .slice(lastAssistant + 1)
      .flatMap((message) =>
        message.role === "tool" ? [{ name: callNames.get(message.tool_call_id ?? "") ?? null, text: contentText(message.content) }] : [],
      ),
    seen,
    tools: tools.map((tool) => ({ name: tool.function.name, description: tool.function.description, inputSchema: tool.function.parameters ?? {} })),
    toolChoice: toolChoiceView(request.tool_choice),
    reasoning: asked.reasoning,
    jsonSchema: asked.jsonSchema,
    inputTokens: countTokens(
      ...request.messages.flatMap((message) => [contentText(message.content), ...(message.tool_calls ?? []).map(argumentsText)]),
      ...tools.map((tool) => JSON.stringify(tool.function)),
    ),
    maxTokens: asked.maxTokens,
    stopSequences: asked.stop === undefined ? [] : typeof asked.stop === "string" ? [asked.stop] : asked.stop,
  };
  return { ok: true, view };
}

export interface OpenAiToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** One choice of a chat completion, with what its stream needs. */
export interface OpenAiReply {
  message: { role: "assistant"; content: string | null; tool_calls?: OpenAiToolCall[] };
  finishReason: "stop" | "length" | "tool_calls";
  /** The content in the order a stream sends it; joined, they make the message's content. */
  contentPieces: string[];
  argumentPieces: string[];
  /** Every token written: reasoning, text and tool arguments. */
  completionTokens: number;
}

export interface ReplyStyle {
  /** The id the family gives a tool call. */
  callId: string;
  /** How the family writes reasoning into the content (tags around it); null when it writes none. */
  writeReasoning: ((reasoning: string) => string) | null;
  /** The content of a reply that only calls a tool, when it carries no reasoning. */
  emptyContent: "" | null;
}

const FINISH_REASONS: Record<GenerationStop, "stop" | "length"> = { end: "stop", length: "length", stop_sequence: "stop" };

/** A plan as a chat-completion choice: reasoning (in the family's tags) then text in the content, or a tool call. */
export function openAiReply(plan: PlannedReply, style: ReplyStyle): OpenAiReply {
  const reasoning = plan.reasoning === null || style.writeReasoning === null ? "" : style.writeReasoning(plan.reasoning);
  const contentPieces = [...exactPieces(reasoning), ...(plan.toolCall === null ? plan.text.pieces : [])];
  const content = contentPieces.join("");
  if (plan.toolCall === null) {
    return {
      message: { role: "assistant", content },
      finishReason: FINISH_REASONS[plan.text.stopReason],
      contentPieces,
      argumentPieces: [],
      completionTokens: countTokens(content),
    };
  }
  const call: OpenAiToolCall = {
    id: style.callId,
    type: "function",
    function: { name: plan.toolCall.name, arguments: JSON.stringify(plan.toolCall.input) },
  };
  return {
    message: { role: "assistant", content: content.length > 0 ? content : style.emptyContent, tool_calls: [call] },
    finishReason: "tool_calls",
    contentPieces,
    argumentPieces: inputPieces(plan.toolCall.input),
    completionTokens: countTokens(content, call.function.arguments),
  };
}

/** The id of a request's answer: the same body to the same model always gets the same one. */
export function requestHex(baseModelId: string, body: unknown, length: number): string {
  return stableHex(`${baseModelId}\u0000${JSON.stringify(body)}`, length);
}

// OpenAI's `created` is a Unix time; the emulator keeps one fixed instant so the same body gets the same answer.
const CREATED = 1_767_225_600;

/**
 * A reply as OpenAI's chat.completion object (gpt-oss, Qwen3) and as its stream of
 * chat.completion.chunk objects: the choice's deltas, then a chunk with no choices carrying usage,
 * as OpenAI sends usage at the end of a stream.
 */
export function chatCompletionAnswer(baseModelId: string, body: unknown, view: ConversationView, reply: OpenAiReply): EngineOutcome {
  const head = { id: `chatcmpl-${requestHex(baseModelId, body, 29)}`, created: CREATED, model: baseModelId };
  const usage = {
    prompt_tokens: view.inputTokens,
    completion_tokens: reply.completionTokens,
    total_tokens: view.inputTokens + reply.completionTokens,
  };
  const response = { ...head, object: "chat.completion", choices: [{ index: 0, message: reply.message, finish_reason: reply.finishReason }], usage };
  const chunks = [
    ...openAiChatDeltas(reply).map(({ delta, finishReason }) => ({
      ...head,
      object: "chat.completion.chunk",
      choices: [{ index: 0, delta, finish_reason: finishReason }],
    })),
    { ...head, object: "chat.completion.chunk", choices: [], usage },
  ];
  return answered(response, view.inputTokens, reply.completionTokens, chunks);
}
