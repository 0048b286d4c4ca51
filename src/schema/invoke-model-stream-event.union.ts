import { createUnionType } from "type-graphql";
import { ERROR_TYPES } from "./errors/error-from-failure";
import { StreamCompleted } from "./results/stream-completed.type";
import { TextDelta } from "./results/text-delta.type";

export const InvokeModelStreamEvent = createUnionType({
  name: "InvokeModelStreamEvent",
  description: "One event of a streamed invocation: text pieces, then completion — or a typed error, which ends the stream.",
  types: () => [TextDelta, StreamCompleted, ...ERROR_TYPES] as const,
});
