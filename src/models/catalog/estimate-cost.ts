import { type TokenUsage } from "../invocation.types";
import { type ModelPricing } from "./model-catalog.schema";

/** What one call consumed, as far as Bedrock reported it. */
export interface BilledUsage {
  usage: TokenUsage | null;
  /** Images generated (image models); 0 otherwise. */
  images: number;
}

// Whole sums of small per-1,000 prices pick up binary float noise (0.1 + 0.2); ten decimal
// places keep every real price exact and drop the noise.
const round = (usd: number) => Math.round(usd * 1e10) / 1e10;

const per1k = (tokens: number | null | undefined, price: number | undefined) => ((tokens ?? 0) / 1000) * (price ?? 0);

/**
 * The on-demand price of one call from catalog prices, in US dollars; null when the catalog
 * has no price that applies or Bedrock reported no count to price. Cache reads and writes
 * use their own price, else the input price (Bedrock reports them apart from inputTokens).
 */
export function estimateCostUsd(pricing: ModelPricing, billed: BilledUsage): number | null {
  if (billed.images > 0) return pricing.perImageUsd === undefined ? null : round(billed.images * pricing.perImageUsd);
  const { usage } = billed;
  if (usage === null || usage.inputTokens === null || pricing.inputPer1kTokensUsd === undefined) return null;
  const cost =
    per1k(usage.inputTokens, pricing.inputPer1kTokensUsd) +
    per1k(usage.outputTokens, pricing.outputPer1kTokensUsd) +
    per1k(usage.cacheReadTokens, pricing.cacheReadPer1kTokensUsd ?? pricing.inputPer1kTokensUsd) +
    per1k(usage.cacheWriteTokens, pricing.cacheWritePer1kTokensUsd ?? pricing.inputPer1kTokensUsd);
  return round(cost);
}
