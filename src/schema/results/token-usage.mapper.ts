import { type TokenUsage as UsageCounts } from "../../models/invocation.types";
import { TokenUsage } from "./token-usage.type";

export function toTokenUsage(usage: UsageCounts): TokenUsage {
  const total = usage.inputTokens !== null && usage.outputTokens !== null ? usage.inputTokens + usage.outputTokens : null;
  return Object.assign(new TokenUsage(), {
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    totalTokens: total,
    cacheReadTokens: usage.cacheReadTokens ?? null,
    cacheWriteTokens: usage.cacheWriteTokens ?? null,
  });
}
