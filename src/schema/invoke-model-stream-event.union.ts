import { createUnionType } from "type-graphql";
import { ERROR_TYPES } from "./errors/error-from-failure";
import { StreamCompleted } from "./results/stream-completed.type";
import { ReasoningDelta } from "./results/reasoning-delta.type";
import { TextDelta } from "./results/text-delta.type";
import { ToolCallDelta } from "./results/tool-call-delta.type";

export const InvokeModelStreamEvent = createUnionType({
  name: "InvokeModelStreamEvent",
  description:
    "One event of a streamed invocation: text, reasoning and tool-call pieces in the order the model writes them, then completion — or a typed error, which ends the stream.",
  types: () => [TextDelta, ToolCallDelta, ReasoningDelta, StreamCompleted, ...ERROR_TYPES] as const,
});
