/**
 * One merged call's input tokens shared among the texts it embedded, in proportion to each
 * text's length (largest remainder, so the shares add up to Bedrock's count exactly). A text
 * several invocations asked for is one slot of the call; its share is split among them the
 * same way. Null when Bedrock reported no count.
 */
export function shareTokens(total: number | null, weights: readonly number[]): Array<number | null> {
  if (total === null) return weights.map(() => null);
  const sum = weights.reduce((accumulated, weight) => accumulated + weight, 0);
  // Empty texts still took a slot: share evenly when no text has a length.
  const fair = sum === 0 ? weights.map(() => 1) : weights;
  const fairSum = sum === 0 ? weights.length : sum;
  const exact = fair.map((weight) => (total * weight) / fairSum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((accumulated, share) => accumulated + share, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return shares;
}
