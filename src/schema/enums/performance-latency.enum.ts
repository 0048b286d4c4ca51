import { registerEnumType } from "type-graphql";

export const PerformanceLatency = {
  STANDARD: "standard",
  OPTIMIZED: "optimized",
} as const;

registerEnumType(PerformanceLatency, {
  name: "PerformanceLatency",
  description: "Bedrock's latency-optimized inference option (X-Amzn-Bedrock-PerformanceConfig-Latency).",
});
