import { type Turn } from "../prompt/conversation";

// DeepSeek-R1's special tokens use U+FF5C (fullwidth vertical line) and U+2581 (lower one-eighth block).
const BEGIN = "<\uFF5Cbegin\u2581of\u2581sentence\uFF5C>";
const END = "<\uFF5Cend\u2581of\u2581sentence\uFF5C>";
const USER = "<\uFF5CUser\uFF5C>";
const ASSISTANT = "<\uFF5CAssistant\uFF5C>";

/**
 * A conversation in DeepSeek-R1's chat template. The Bedrock DeepSeek page's example sends
 * `<｜begin▁of▁sentence｜><｜User｜>{prompt}<｜Assistant｜><think>\n`; earlier turns follow the
 * model's published template: system text right after the opening token, each user turn after
 * `<｜User｜>`, each answer after `<｜Assistant｜>` closed by `<｜end▁of▁sentence｜>`.
 */
export function writeDeepSeekR1Prompt(turns: readonly Turn[], system: string | undefined): string {
  const rendered = turns.map(({ role, text: content }) => (role === "user" ? `${USER}${content}` : `${ASSISTANT}${content}${END}`));
  return `${BEGIN}${system ?? ""}${rendered.join("")}${ASSISTANT}<think>\n`;
}
