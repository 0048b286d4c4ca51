import { hashText } from "./stable-hash";
import { countTokens, splitIntoPieces } from "./tokenizer";

export interface TextGenerationRequest {
  /** What the caller last said; the reply echoes it. */
  prompt: string;
  /** Tokens the family counts as input (prompt, history, system text). */
  inputTokens: number;
  /** The most tokens the reply may have; reaching it stops with "length". */
  maxTokens: number;
  stopSequences: readonly string[];
  /** Which of several answers to the same request (e.g. Jamba `n`); each differs. */
  variant?: number;
}

/** Why generation stopped, in the emulator's words; each engine maps it to its family's. */
export type GenerationStop = "end" | "length" | "stop_sequence";

export interface GeneratedText {
  /** The reply in the order a stream would send it; joined, they make `text`. */
  pieces: string[];
  text: string;
  stopReason: GenerationStop;
  /** The stop sequence that ended the reply, when `stopReason` is "stop_sequence". */
  stopSequence: string | null;
  inputTokens: number;
  outputTokens: number;
}

const ECHO_TOKEN_LIMIT = 24;

const FILLER_WORDS = [
  "answer",
  "brief",
  "careful",
  "clear",
  "context",
  "detail",
  "example",
  "fact",
  "helpful",
  "idea",
  "kind",
  "light",
  "model",
  "note",
  "open",
  "plain",
  "point",
  "quiet",
  "reason",
  "simple",
  "steady",
  "summary",
  "thought",
  "useful",
  "value",
  "word",
] as const;

// Stands in for a model: "You said: <first words of the prompt>." followed by a sentence of
// filler words chosen by hashing the prompt, so the same request always gets the same reply and
// different requests get different ones. Sampling parameters are deliberately ignored.
function composeReply(prompt: string, variant: number): string {
  const echoed = splitIntoPieces(prompt.replace(/\s+/g, " ").trim()).slice(0, ECHO_TOKEN_LIMIT).join("");
  const seed = hashText(prompt, variant);
  const fillerLength = 6 + (seed % 10);
  const filler = Array.from({ length: fillerLength }, (_, index) => {
    const word = FILLER_WORDS[hashText(`${index}`, seed) % FILLER_WORDS.length];
    return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  });
  const echo = echoed.length > 0 ? echoed.trim() : "nothing";
  const sentenceEnd = /[.!?]$/.test(echo) ? "" : ".";
  return `You said: ${echo}${sentenceEnd} ${filler.join(" ")}.`;
}

interface StopMatch {
  index: number;
  sequence: string;
}

// The model notices a stop sequence once it has generated all of it, so the match that ends
// first wins, and only matches that end before the token limit cut count.
function firstCompletedStop(text: string, limit: number, stopSequences: readonly string[]): StopMatch | null {
  let best: StopMatch | null = null;
  for (const sequence of stopSequences) {
    const index = text.indexOf(sequence);
    if (index < 0 || index + sequence.length > limit) {
      continue;
    }
    if (best === null || index + sequence.length < best.index + best.sequence.length) {
      best = { index, sequence };
    }
  }
  return best;
}

function piecesUpTo(pieces: readonly string[], end: number): string[] {
  const kept: string[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (offset >= end) {
      break;
    }
    kept.push(piece.slice(0, end - offset));
    offset += piece.length;
  }
  return kept.filter((piece) => piece.length > 0);
}

/** Deterministic text generation honouring the token limit and stop sequences. */
export function generateText(request: TextGenerationRequest): GeneratedText {
  const reply = composeReply(request.prompt, request.variant ?? 0);
  const allPieces = splitIntoPieces(reply);
  const truncated = allPieces.length > request.maxTokens;
  const limit = allPieces.slice(0, Math.max(0, request.maxTokens)).join("").length;
  const stop = firstCompletedStop(reply, truncated ? limit : reply.length, request.stopSequences);

  const end = stop !== null ? stop.index : limit;
  const stopReason: GenerationStop = stop !== null ? "stop_sequence" : truncated ? "length" : "end";
  const pieces = piecesUpTo(allPieces, end);
  const text = pieces.join("");
  return {
    pieces,
    text,
    stopReason,
    stopSequence: stop?.sequence ?? null,
    inputTokens: request.inputTokens,
    outputTokens: countTokens(text),
  };
}
