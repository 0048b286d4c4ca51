import { hashFeatures, type WeightedFeature } from "./feature-hasher";

const CHUNK_BYTES = 16;

function* byteChunkFeatures(bytes: Buffer): Generator<WeightedFeature> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    yield [`bytes:${bytes.subarray(offset, offset + CHUNK_BYTES).toString("hex")}`, 1];
  }
}

/**
 * An unnormalized embedding of an image's bytes: feature-hashed 16-byte chunks. It does not see
 * pictures, only data: identical images match, and a changed image moves the vector.
 */
export function embedImage(bytes: Buffer, dimensions: number): number[] {
  return hashFeatures(byteChunkFeatures(bytes), dimensions);
}
