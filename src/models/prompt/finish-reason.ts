import { type FinishReason } from "../invocation.types";

/** The gateway's word for a family's stop reason; OTHER for one the family table does not list or none at all. */
export function finishReasonOf(table: Readonly<Record<string, FinishReason>>, stopReason: string | null | undefined): FinishReason {
  return stopReason === null || stopReason === undefined ? "OTHER" : (table[stopReason] ?? "OTHER");
}
