import { type EmbeddingCache } from "./embedding-cache.types";

/**
 * A process's own cache in front of a shared one: a hit in the shared cache (another replica
 * paid for it) is kept near for next time; new vectors go to both.
 */
export function layerEmbeddingCaches(near: EmbeddingCache, shared: EmbeddingCache): EmbeddingCache {
  return {
    async get(key) {
      const local = await near.get(key);
      if (local !== undefined) return local;
      const remote = await shared.get(key);
      if (remote !== undefined) await near.set(key, remote);
      return remote;
    },
    async set(key, vector) {
      await Promise.all([near.set(key, vector), shared.set(key, vector)]);
    },
  };
}
