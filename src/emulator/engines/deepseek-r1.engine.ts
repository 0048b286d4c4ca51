import { z } from "zod";
import { planReply, type ConversationView } from "./conversation-reply";
import { deepSeekR1StreamChunks } from "./deepseek-r1.stream";
import { answered } from "./engine-outcome";
import { exactPieces } from "./exact-pieces";
import { type ModelEngine } from "./model-engine.types";
import { lastUserTurn } from "./prompt-turns";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { type GenerationStop } from "./text-generator";
import { countTokens, splitIntoPieces } from "./tokenizer";

// Ranges from the Bedrock DeepSeek parameters page: max_tokens 1–32,768, at most 10 stop
// sequences: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html
const MAXIMUM_TOKENS = 32_768;

const deepSeekRequestSchema = z.looseObject({
  prompt: requestFields.prompt(),
  max_tokens: requestFields.tokenLimit(MAXIMUM_TOKENS).optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  stop: requestFields.stopSequences(10).optional(),
});

const STOP_REASONS: Record<GenerationStop, string> = {
  end: "stop",
  length: "length",
  stop_sequence: "stop",
};

// R1's prompt opens the <think> tag (same page's example ends with "<think>\n"), so the text it
// writes starts inside its reasoning and closes the tag before the answer.
const CLOSE_THINKING = "\n</think>\n\n";

/** Where the reasoning itself is cut, by the token limit or a stop sequence; null when all of it is written. */
function reasoningCut(reasoning: string, maxTokens: number, stopSequences: readonly string[]): { text: string; stop: GenerationStop } | null {
  const pieces = splitIntoPieces(reasoning);
  const limit = pieces.length > maxTokens ? pieces.slice(0, maxTokens).join("").length : reasoning.length;
  const stops = stopSequences
    .map((sequence) => reasoning.indexOf(sequence))
    .filter((index, position) => index >= 0 && index + stopSequences[position].length <= limit);
  if (stops.length > 0) return { text: reasoning.slice(0, Math.min(...stops)), stop: "stop_sequence" };
  return limit < reasoning.length ? { text: reasoning.slice(0, limit), stop: "length" } : null;
}

/** What R1 writes: its reasoning, the closing tag and the answer, as far as the token budget and stop sequences let it. */
function written(view: ConversationView, reasoning: string): { pieces: string[]; stop: GenerationStop } {
  const cut = reasoningCut(reasoning, view.maxTokens, view.stopSequences);
  if (cut !== null) return { pieces: exactPieces(cut.text), stop: cut.stop };
  // The answer gets what the reasoning left of the token budget.
  const answer = planReply({ ...view, reasoning: false, maxTokens: view.maxTokens - countTokens(reasoning) }).text;
  return { pieces: [...exactPieces(reasoning), ...answer.pieces], stop: answer.stopReason };
}

/** DeepSeek-R1 (`deepseek.r1-*`), a text completion over a raw prompt that reasons before it answers. */
export const deepSeekR1Engine: ModelEngine = (_baseModelId, body) => {
  const parsed = parseRequestBody(deepSeekRequestSchema, body);
  if (!parsed.ok) {
    return parsed;
  }
  const { prompt, max_tokens = MAXIMUM_TOKENS, stop = [] } = parsed.value;
  const view: ConversationView = {
    lastUserText: lastUserTurn(prompt),
    toolResults: [],
    seen: [],
    tools: [],
    toolChoice: { mode: "none" },
    reasoning: true,
    jsonSchema: null,
    inputTokens: countTokens(prompt),
    maxTokens: max_tokens,
    stopSequences: stop,
  };
  const { pieces, stop: stopped } = written(view, `${planReply(view).reasoning}${CLOSE_THINKING}`);
  const text = pieces.join("");
  const stopReason = STOP_REASONS[stopped];
  const response = { choices: [{ text, stop_reason: stopReason }] };
  return answered(response, view.inputTokens, countTokens(text), deepSeekR1StreamChunks(stopReason, pieces));
};
