import { registerEnumType } from "type-graphql";

export const ReasoningEffort = { LOW: "low", MEDIUM: "medium", HIGH: "high" } as const;

registerEnumType(ReasoningEffort, { name: "ReasoningEffort", description: "How hard a model that takes an effort level thinks before answering." });
