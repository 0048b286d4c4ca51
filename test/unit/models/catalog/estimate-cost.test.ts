import { estimateCostUsd } from "../../../../src/models/catalog/estimate-cost";

const SONNET = { inputPer1kTokensUsd: 0.003, outputPer1kTokensUsd: 0.015, cacheReadPer1kTokensUsd: 0.0003, cacheWritePer1kTokensUsd: 0.00375 };

describe("estimating a call's cost from catalog prices", () => {
  it("prices input and output tokens per 1,000", () => {
    // 1,200 × 0.003/1k + 350 × 0.015/1k = 0.0036 + 0.00525
    expect(estimateCostUsd(SONNET, { usage: { inputTokens: 1200, outputTokens: 350 }, images: 0 })).toBe(0.00885);
  });

  it("adds prompt-cache reads and writes at their own prices, else at the input price", () => {
    const usage = { inputTokens: 100, outputTokens: 10, cacheReadTokens: 2000, cacheWriteTokens: 1000 };
    // 0.0003 + 0.00015 + 2 × 0.0003 + 1 × 0.00375
    expect(estimateCostUsd(SONNET, { usage, images: 0 })).toBe(0.0048);
    expect(estimateCostUsd({ inputPer1kTokensUsd: 0.001 }, { usage, images: 0 })).toBe(0.0031);
  });

  it("prices embeddings by input tokens alone and images per image", () => {
    expect(estimateCostUsd({ inputPer1kTokensUsd: 0.00002 }, { usage: { inputTokens: 500, outputTokens: null }, images: 0 })).toBe(0.00001);
    expect(estimateCostUsd({ perImageUsd: 0.04 }, { usage: null, images: 3 })).toBe(0.12);
  });

  it("says null rather than guessing when a price or a count is missing", () => {
    expect(estimateCostUsd({}, { usage: { inputTokens: 5, outputTokens: 5 }, images: 0 })).toBeNull();
    expect(estimateCostUsd(SONNET, { usage: { inputTokens: null, outputTokens: 5 }, images: 0 })).toBeNull();
    expect(estimateCostUsd(SONNET, { usage: null, images: 1 })).toBeNull();
  });
});
