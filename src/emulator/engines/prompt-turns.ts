/**
 * Families that take one raw prompt string (Titan Text, Llama, Mistral, DeepSeek) wrap the
 * conversation in their chat template. The generator should echo what the user last said, not
 * the template, so this finds the last user turn and strips the markup.
 */
const USER_TURN_PATTERNS = [
  // Llama 3: <|start_header_id|>user<|end_header_id|>\n…<|eot_id|>
  /<\|start_header_id\|>user<\|end_header_id\|>([\s\S]*?)(?=<\|eot_id\|>|<\|start_header_id\|>|$)/g,
  // Mistral: <s>[INST] … [/INST]
  /\[INST\]([\s\S]*?)(?=\[\/INST\]|$)/g,
  // DeepSeek-R1: <｜User｜>…<｜Assistant｜>
  /<｜User｜>([\s\S]*?)(?=<｜Assistant｜>|$)/g,
  // Titan and plain transcripts: "User: …\nBot:"
  /(?:^|\n)\s*(?:User|Human)\s*:([\s\S]*?)(?=\n\s*(?:Bot|Assistant|AI)\s*:|$)/g,
];

const TEMPLATE_MARKUP = /<\|[^|>]*\|>|<｜[^｜]*｜>|<\/?s>|\[\/?INST\]/g;
const TRAILING_ROLE_LABEL = /\n?\s*(?:Bot|Assistant|AI)\s*:\s*$/;

export function lastUserTurn(prompt: string): string {
  for (const pattern of USER_TURN_PATTERNS) {
    const turns = [...prompt.matchAll(pattern)];
    const last = turns.at(-1);
    if (last !== undefined) {
      return last[1].replace(TEMPLATE_MARKUP, " ").trim();
    }
  }
  return prompt.replace(TEMPLATE_MARKUP, " ").replace(TRAILING_ROLE_LABEL, "").trim();
}
