import { lastUserTurn } from "./prompt-turns";
import { generateText, type GeneratedText } from "./text-generator";
import { countTokens } from "./tokenizer";

/**
 * The answer to a raw, chat-templated prompt (Titan Text, Llama, Mistral text completion,
 * DeepSeek R1): written from the last user turn, with every token of the prompt counted as input.
 */
export function completePrompt(prompt: string, maxTokens: number, stopSequences: string[]): GeneratedText {
  return generateText({ prompt: lastUserTurn(prompt), inputTokens: countTokens(prompt), maxTokens, stopSequences });
}
