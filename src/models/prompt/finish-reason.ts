import { type FinishReason } from "../invocation.types";

/** The gateway's word for a family's stop reason; OTHER for one the family table does not list or none at all. */
export function finishReasonOf(table: Readonly<Record<string, FinishReason>>, stopReason: string | null | undefined): FinishReason {
  return stopReason === null || stopReason === undefined ? "OTHER" : (table[stopReason] ?? "OTHER");
}

/**
 * One rule for one-shot and streamed answers alike: a turn that made tool calls stopped to have
 * them run, even where the family reports a plain end (Command R); a forced response-format call
 * is the answer itself, so that turn simply ended.
 */
export function settledFinishReason(reason: FinishReason, madeToolCalls: boolean, answeredByFormatTool: boolean): FinishReason {
  if (answeredByFormatTool && reason === "TOOL_USE") return "END_TURN";
  if (madeToolCalls && reason === "END_TURN") return "TOOL_USE";
  return reason;
}
