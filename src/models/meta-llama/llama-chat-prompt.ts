import { type ChatMessage } from "../invocation.types";

function header(role: string): string {
  return `<|start_header_id|>${role}<|end_header_id|>\n\n`;
}

/**
 * A conversation in the Llama 3 chat template, per Meta's prompt-format page: one
 * `<|begin_of_text|>`, each turn as a role header, a blank line, its text and `<|eot_id|>`,
 * then an open assistant header for the model to answer under. Llama 4 on Bedrock takes the same
 * InvokeModel body and is prompted the same way here.
 */
export function writeLlamaChatPrompt(turns: ChatMessage[], system: string | undefined): string {
  const systemTurn = system === undefined ? [] : [{ role: "system", content: system }];
  const rendered = [...systemTurn, ...turns].map(({ role, content }) => `${header(role)}${content}<|eot_id|>`).join("");
  return `<|begin_of_text|>${rendered}${header("assistant")}`;
}
