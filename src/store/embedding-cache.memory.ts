import { LRUCache } from "lru-cache";
import { type EmbeddingCache } from "./embedding-cache.types";

// A JavaScript number array holds 8-byte doubles; vectors are kept as numbers, unrounded, so a
// cached answer is the same answer. Keys and array overhead are small beside 256–3072 doubles.
const BYTES_PER_NUMBER = 8;

/**
 * One process's embedding cache: least recently used vectors are dropped once the vectors held
 * would exceed `maxBytes`.
 */
export function createMemoryEmbeddingCache(maxBytes: number): EmbeddingCache {
  const vectors = new LRUCache<string, number[]>({
    maxSize: maxBytes,
    sizeCalculation: (vector) => Math.max(1, vector.length * BYTES_PER_NUMBER),
  });
  return {
    async get(key) {
      return vectors.get(key);
    },
    async set(key, vector) {
      // lru-cache refuses (and does not store) an item larger than maxSize; that is a miss later.
      vectors.set(key, vector);
    },
  };
}
