import { hashText } from "./stable-hash";

const SIGN_SALT = 0x5bd1e995;

/** A feature of an input and how much it counts. */
export type WeightedFeature = readonly [feature: string, weight: number];

/**
 * The hashing trick: each feature adds ±weight to one of `dimensions` buckets. Bucket and sign
 * come from independent hashes so that colliding features cancel on average instead of piling
 * up; inputs that share features share those buckets, which is what makes similar inputs similar.
 */
export function hashFeatures(features: Iterable<WeightedFeature>, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, weight] of features) {
    const bucket = hashText(feature) % dimensions;
    const sign = hashText(feature, SIGN_SALT) & 1 ? 1 : -1;
    vector[bucket] += sign * weight;
  }
  return vector;
}
