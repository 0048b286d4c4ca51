import { type CodecProblem } from "../codec.types";
import { type TextRequest } from "../invocation.types";

/** The values a family documents for one numeric option; `maximum` is Infinity where no ceiling is documented. */
export interface OptionRange {
  minimum: number;
  maximum: number;
  whole: boolean;
}

/** What a family can express of the normalized text options; null marks an option it has no field for. */
export interface TextOptionLimits {
  maxTokens: OptionRange;
  temperature: OptionRange;
  topP: OptionRange;
  topK: OptionRange | null;
  /** Most stop sequences per request; Infinity where no count is documented. */
  stopSequences: { maximumCount: number } | null;
}

/** Every family takes a token budget of at least one whole token. */
export const ANY_TOKEN_COUNT: OptionRange = { minimum: 1, maximum: Infinity, whole: true };

/** A probability, or a temperature documented on the same 0–1 scale. */
export const UNIT_INTERVAL: OptionRange = { minimum: 0, maximum: 1, whole: false };

function describe(range: OptionRange): string {
  const kind = range.whole ? "a whole number" : "a number";
  return range.maximum === Infinity ? `${kind} of at least ${range.minimum}` : `${kind} from ${range.minimum} to ${range.maximum}`;
}

function checkNumber(family: string, field: string, value: number | undefined, range: OptionRange | null): CodecProblem | null {
  if (value === undefined) return null;
  if (range === null) return { field, message: `${family} has no ${field} option` };
  const inside = value >= range.minimum && value <= range.maximum && (!range.whole || Number.isInteger(value));
  return inside ? null : { field, message: `${family} takes ${field} as ${describe(range)}; got ${value}` };
}

/**
 * The first normalized option the family cannot express or whose value lies outside its
 * documented range, as a problem naming the field; null when all fit. An option is never
 * dropped silently: the caller would get an answer made without it and not know.
 */
export function checkTextOptions(request: TextRequest, limits: TextOptionLimits, family: string): CodecProblem | null {
  const numeric =
    checkNumber(family, "maxTokens", request.maxTokens, limits.maxTokens) ??
    checkNumber(family, "temperature", request.temperature, limits.temperature) ??
    checkNumber(family, "topP", request.topP, limits.topP) ??
    checkNumber(family, "topK", request.topK, limits.topK);
  if (numeric !== null || request.stopSequences === undefined) return numeric;
  if (limits.stopSequences === null) return { field: "stopSequences", message: `${family} has no stopSequences option` };
  const { maximumCount } = limits.stopSequences;
  if (request.stopSequences.length > maximumCount) {
    return { field: "stopSequences", message: `${family} takes at most ${maximumCount} stop sequences; got ${request.stopSequences.length}` };
  }
  return null;
}
