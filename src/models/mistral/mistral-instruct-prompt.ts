import { type Turn } from "../prompt/conversation";

/**
 * A conversation in Mistral's instruction format, as the Bedrock text-completion page shows it:
 * `<s>[INST] user [/INST] answer</s>[INST] next user turn [/INST]`. The format has no system role,
 * so instructions open the first user turn, set apart by a blank line.
 */
export function writeMistralInstructPrompt(turns: readonly Turn[], system: string | undefined): string {
  const firstUser = turns.findIndex(({ role }) => role === "user");
  const rendered = turns.map(({ role, text: content }, index) => {
    if (role === "assistant") return ` ${content}</s>`;
    const text = index === firstUser && system !== undefined ? `${system}\n\n${content}` : content;
    return `[INST] ${text} [/INST]`;
  });
  return `<s>${rendered.join("")}`;
}
