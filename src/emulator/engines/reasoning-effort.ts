import { type PlannedReply } from "./conversation-reply";
import { countTokens } from "./tokenizer";

export type ReasoningEffort = "low" | "medium" | "high";

// What a model that reasons harder adds to its thinking, one step per level above low.
const FURTHER_STEPS = [
  "I check what each part of the request needs before I write anything.",
  "Then I weigh whether a tool, the results given or my own words answer it best, and keep the reply short.",
];

const STEPS_BY_EFFORT: Record<ReasoningEffort, number> = { low: 0, medium: 1, high: 2 };

/**
 * The plan with reasoning as long as the asked effort makes it (families with effort levels:
 * gpt-oss, Nova 2), its output tokens counting the longer reasoning.
 */
export function reasonAtEffort(plan: PlannedReply, effort: ReasoningEffort): PlannedReply {
  if (plan.reasoning === null) return plan;
  const reasoning = [plan.reasoning, ...FURTHER_STEPS.slice(0, STEPS_BY_EFFORT[effort])].join(" ");
  return { ...plan, reasoning, outputTokens: plan.outputTokens - countTokens(plan.reasoning) + countTokens(reasoning) };
}
