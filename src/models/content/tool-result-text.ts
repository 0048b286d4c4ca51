import { type ToolResultContent } from "../invocation.types";

/** A tool result as one text, for families whose tool results are strings: JSON values are written as JSON. */
export function toolResultText(content: readonly ToolResultContent[]): string {
  return content.map((part) => ("text" in part ? part.text : JSON.stringify(part.json))).join("\n");
}

/** A tool call's input as the JSON text families with OpenAI-style calls carry it in. */
export function toolInputText(input: unknown): string {
  return typeof input === "string" ? input : JSON.stringify(input ?? {});
}

/** A tool call's input text read back: the parsed JSON, or the text itself when it is not JSON (the service reports that). */
export function parseToolInput(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
