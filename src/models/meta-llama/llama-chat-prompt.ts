import { type Turn } from "../prompt/conversation";

function header(role: string): string {
  return `<|start_header_id|>${role}<|end_header_id|>\n\n`;
}

/**
 * A conversation in the Llama 3 chat template, per Meta's prompt-format page: one
 * `<|begin_of_text|>`, each turn as a role header, a blank line, its text and `<|eot_id|>`,
 * then an open assistant header for the model to answer under. Llama 4 on Bedrock takes the same
 * InvokeModel body and is prompted the same way here.
 */
export function writeLlamaChatPrompt(turns: readonly Turn[], system: string | undefined): string {
  const systemTurn = system === undefined ? [] : [{ role: "system", text: system, images: 0 }];
  const userTurns = turns.map(({ role, text, blocks }) => ({ role, text, images: blocks.filter((block) => block.kind === "image").length }));
  // Llama 3.2 Vision and Llama 4 mark where an image sits in a turn with <|image|>, ahead of its text.
  const rendered = [...systemTurn, ...userTurns]
    .map(({ role, text, images }) => `${header(role)}${"<|image|>".repeat(images)}${text}<|eot_id|>`)
    .join("");
  return `<|begin_of_text|>${rendered}${header("assistant")}`;
}
