/**
 * Scales `vector` to length 1 (L2), as models that return normalized embeddings do. A zero
 * vector has no direction and is returned unchanged.
 */
export function toUnitVector(vector: readonly number[]): number[] {
  const length = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return length === 0 ? [...vector] : vector.map((value) => value / length);
}
