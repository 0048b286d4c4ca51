import { type ChatRole } from "../invocation.types";
import { type Turn } from "../prompt/conversation";

// Titan Text has no roles or system field; AWS's Titan prompt guidance writes a conversation as
// "User: …" and "Bot: …" lines ending with "Bot:" for the model to continue.
const SPEAKERS: Record<ChatRole, string> = { user: "User", assistant: "Bot" };

/**
 * The `inputText` for a request. A lone prompt is sent as written; a conversation becomes a
 * transcript. Instructions (`system`) come first, set apart by a blank line.
 */
export function writeTitanInputText(prompt: string | undefined, turns: readonly Turn[], system: string | undefined): string {
  const text =
    prompt !== undefined ? prompt : [...turns.map(({ role, text: said }) => `${SPEAKERS[role]}: ${said}`), `${SPEAKERS.assistant}:`].join("\n");
  return system === undefined ? text : `${system}\n\n${text}`;
}
