import { registerEnumType } from "type-graphql";

export const TraceMode = {
  ENABLED: "ENABLED",
  DISABLED: "DISABLED",
  ENABLED_FULL: "ENABLED_FULL",
} as const;

registerEnumType(TraceMode, { name: "TraceMode", description: "Bedrock's X-Amzn-Bedrock-Trace option (guardrail trace)." });
