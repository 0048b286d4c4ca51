import { registerEnumType } from "type-graphql";

export const ErrorSource = {
  BEDROCK: "BEDROCK",
  GATEWAY: "GATEWAY",
} as const;

registerEnumType(ErrorSource, {
  name: "ErrorSource",
  description: "Who decided the failure.",
  valuesConfig: {
    BEDROCK: { description: "Amazon Bedrock (or the model behind it) answered with this error." },
    GATEWAY: { description: "The gateway decided before or instead of calling Bedrock (bad input, deadline, unreachable endpoint)." },
  },
});
