import { type CodecProblem } from "./codec.types";

export interface NumberRange {
  minimum: number;
  maximum: number;
  /** Whether only whole numbers are allowed, e.g. seeds and image counts. */
  whole: boolean;
}

/** A problem naming `field` when a given value lies outside a documented range; null when absent or inside. */
export function checkRange(field: string, value: number | undefined, range: NumberRange): CodecProblem | null {
  if (value === undefined) return null;
  const inside = value >= range.minimum && value <= range.maximum && (!range.whole || Number.isInteger(value));
  if (inside) return null;
  const kind = range.whole ? "a whole number" : "a number";
  return { field, message: `${field} must be ${kind} from ${range.minimum} to ${range.maximum}; got ${value}` };
}
