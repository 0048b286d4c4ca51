import { registerEnumType } from "type-graphql";

export const ServiceTier = {
  PRIORITY: "priority",
  DEFAULT: "default",
  FLEX: "flex",
  RESERVED: "reserved",
} as const;

registerEnumType(ServiceTier, { name: "ServiceTier", description: "Bedrock's service tier (X-Amzn-Bedrock-Service-Tier)." });
