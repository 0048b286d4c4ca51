import { shareTokens } from "../../../src/service/token-shares";

describe("shareTokens", () => {
  it("shares a count by weight, the shares adding up to it exactly", () => {
    const shares = shareTokens(100, [1, 2, 3, 4, 5, 6]);
    expect(shares.reduce((sum, share) => sum! + share!, 0)).toBe(100);
    expect(shares).toEqual([5, 9, 14, 19, 24, 29]);
  });

  it("gives the remainder to the largest fractions, earliest first on a tie", () => {
    expect(shareTokens(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shareTokens(1, [1, 1])).toEqual([1, 0]);
  });

  it("shares evenly when every weight is 0, and says null when Bedrock sent no count", () => {
    expect(shareTokens(4, [0, 0])).toEqual([2, 2]);
    expect(shareTokens(null, [3, 4])).toEqual([null, null]);
  });
});
