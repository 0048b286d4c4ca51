import { registerEnumType } from "type-graphql";

export const ReasoningControl = { BUDGET: "budget", EFFORT: "effort", ALWAYS: "always" } as const;

registerEnumType(ReasoningControl, {
  name: "ReasoningControl",
  description: "How a model's reasoning is asked for: a token budget, an effort level, or not at all because it always reasons.",
});
