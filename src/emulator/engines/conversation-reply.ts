import { createHash } from "node:crypto";
import { sampleFromSchema } from "./schema-sampler";
import { hashText } from "./stable-hash";
import { generateText, type GeneratedText } from "./text-generator";
import { countTokens, splitIntoPieces } from "./tokenizer";

/** A tool as the request offered it, whatever the family's wire shape. */
export interface OfferedTool {
  name: string;
  description?: string;
  inputSchema: unknown;
}

export type ToolChoiceView = { mode: "auto" | "any" | "none" } | { mode: "tool"; name: string };

/**
 * A conversation as every engine reads it from its family's body: what the user last said, what
 * tools returned in that turn, what media came with it, the tools offered, and what was asked of
 * the answer. Engines translate their wire shape into this and the plan back into theirs.
 */
export interface ConversationView {
  lastUserText: string;
  toolResults: Array<{ name: string | null; text: string }>;
  /** What the model "sees" in the last user turn, e.g. "a png image of 1234 bytes". */
  seen: string[];
  tools: OfferedTool[];
  toolChoice: ToolChoiceView;
  reasoning: boolean;
  /** A JSON Schema the answer's text must match (native structured output), or null. */
  jsonSchema: unknown;
  inputTokens: number;
  maxTokens: number;
  stopSequences: readonly string[];
}

export interface PlannedReply {
  reasoning: string | null;
  toolCall: { name: string; input: unknown } | null;
  /** The text of the answer; empty when the model calls a tool. */
  text: GeneratedText;
  /** Every generated token: reasoning, tool input and text. */
  outputTokens: number;
}

// Verbs that say nothing about which tool a question is for.
const GENERIC_WORDS = new Set(["get", "set", "list", "find", "fetch", "lookup", "search", "make", "run", "call", "do", "the", "a"]);

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && !GENERIC_WORDS.has(word));
}

/** The tool a question is about: one whose name, or a telling word of it, the user wrote. */
function mentionedTool(tools: readonly OfferedTool[], text: string): OfferedTool | undefined {
  const lower = text.toLowerCase();
  const words = new Set(lower.split(/[^a-z0-9]+/));
  return tools.find((tool) => lower.includes(tool.name.toLowerCase())) ?? tools.find((tool) => nameWords(tool.name).some((word) => words.has(word)));
}

function chooseTool(view: ConversationView): OfferedTool | undefined {
  const { tools, toolChoice } = view;
  if (tools.length === 0 || toolChoice.mode === "none") return undefined;
  if (toolChoice.mode === "tool") return tools.find((tool) => tool.name === toolChoice.name);
  const mentioned = mentionedTool(tools, view.lastUserText);
  if (toolChoice.mode === "any") return mentioned ?? tools[0];
  // Given a tool's result, a model answers from it rather than calling again.
  return view.toolResults.length > 0 ? undefined : mentioned;
}

function reasoningAbout(text: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ").slice(0, 12).join(" ");
  return `The user asks: "${words}". I will look at what was given and answer briefly.`;
}

function promptFor(view: ConversationView): string {
  if (view.toolResults.length > 0) {
    return view.toolResults.map((result) => `${result.name ?? "the tool"} returned ${result.text}`).join("; ");
  }
  return view.seen.length > 0 ? `I see ${view.seen.join(" and ")}. ${view.lastUserText}` : view.lastUserText;
}

function jsonAnswer(schema: unknown, view: ConversationView): GeneratedText {
  const text = JSON.stringify(sampleFromSchema(schema, hashText(view.lastUserText)));
  return {
    pieces: splitIntoPieces(text),
    text,
    stopReason: "end",
    stopSequence: null,
    inputTokens: view.inputTokens,
    outputTokens: countTokens(text),
  };
}

/** What the emulated model does next: maybe reason, then call a tool or answer in text (JSON when a schema was asked for). */
export function planReply(view: ConversationView): PlannedReply {
  const reasoning = view.reasoning ? reasoningAbout(view.lastUserText) : null;
  const reasoningTokens = reasoning === null ? 0 : countTokens(reasoning);
  const tool = chooseTool(view);
  if (tool !== undefined) {
    const input = sampleFromSchema(tool.inputSchema, hashText(`${view.lastUserText}\u0000${tool.name}`));
    const text: GeneratedText = { pieces: [], text: "", stopReason: "end", stopSequence: null, inputTokens: view.inputTokens, outputTokens: 0 };
    return { reasoning, toolCall: { name: tool.name, input }, text, outputTokens: reasoningTokens + countTokens(JSON.stringify(input)) };
  }
  const text =
    view.jsonSchema !== null && view.jsonSchema !== undefined
      ? jsonAnswer(view.jsonSchema, view)
      : generateText({ prompt: promptFor(view), inputTokens: view.inputTokens, maxTokens: view.maxTokens, stopSequences: view.stopSequences });
  return { reasoning, toolCall: null, text, outputTokens: reasoningTokens + text.outputTokens };
}

/** Tool-call input as stream pieces of its JSON text, the way families stream a call's arguments. */
export function inputPieces(input: unknown): string[] {
  const json = JSON.stringify(input);
  const size = Math.max(4, Math.ceil(json.length / 3));
  const pieces: string[] = [];
  for (let start = 0; start < json.length; start += size) pieces.push(json.slice(start, start + size));
  return pieces;
}

/**
 * The emulator's stand-in for a provider's reasoning signature: a digest of the text, so a
 * reasoning block sent back changed (or invented) fails as the real service refuses it.
 */
export function reasoningSignature(text: string): string {
  return createHash("sha256").update(`emulated-reasoning\u0000${text}`).digest("base64");
}
