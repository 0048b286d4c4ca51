import { registerEnumType } from "type-graphql";

export const FinishReason = {
  END_TURN: "END_TURN",
  MAX_TOKENS: "MAX_TOKENS",
  STOP_SEQUENCE: "STOP_SEQUENCE",
  TOOL_USE: "TOOL_USE",
  CONTENT_FILTERED: "CONTENT_FILTERED",
  GUARDRAIL_INTERVENED: "GUARDRAIL_INTERVENED",
  OTHER: "OTHER",
} as const;

registerEnumType(FinishReason, {
  name: "FinishReason",
  description: "Why generation stopped, in the same words for every family (the family's own word is in stopReason).",
  valuesConfig: {
    END_TURN: { description: "The model finished its answer." },
    MAX_TOKENS: { description: "The answer reached maxTokens (or the model's limit) and was cut." },
    STOP_SEQUENCE: { description: "The model wrote one of the stop sequences." },
    TOOL_USE: { description: "The model stopped to have tools called: see toolCalls, then send their results." },
    CONTENT_FILTERED: { description: "The provider's content filter or the model refused." },
    GUARDRAIL_INTERVENED: { description: "A Bedrock guardrail intervened." },
    OTHER: { description: "Another reason, or none was reported." },
  },
});
