import { type ChatMessage, type TextRequest } from "../invocation.types";

// Titan Text has no roles or system field; AWS's Titan prompt guidance writes a conversation as
// "User: …" and "Bot: …" lines ending with "Bot:" for the model to continue.
const SPEAKERS: Record<ChatMessage["role"], string> = { user: "User", assistant: "Bot" };

/**
 * The `inputText` for a request. A lone prompt is sent as written; a conversation becomes a
 * transcript. Instructions (`system`) come first, set apart by a blank line.
 */
export function writeTitanInputText({ prompt, messages, system }: TextRequest): string {
  const text =
    messages === undefined
      ? (prompt ?? "")
      : [...messages.map(({ role, content }) => `${SPEAKERS[role]}: ${content}`), `${SPEAKERS.assistant}:`].join("\n");
  return system === undefined ? text : `${system}\n\n${text}`;
}
