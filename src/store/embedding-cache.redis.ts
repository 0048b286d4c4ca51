import Redis from "ioredis";
import { type EmbeddingCache } from "./embedding-cache.types";

export interface RedisEmbeddingCacheOptions {
  url: string;
  /** How long a vector stays, in seconds; Redis's own maxmemory policy bounds it further. */
  ttlSeconds: number;
  keyPrefix?: string;
}

/**
 * Embedding vectors shared by every replica through Redis. Vectors are stored as raw 64-bit
 * floats, so a hit is bit-for-bit the vector Bedrock returned. Redis being down is a miss, never
 * an error: the caller then pays for a call, nothing worse.
 */
export function createRedisEmbeddingCache(options: RedisEmbeddingCacheOptions): EmbeddingCache & { close(): void } {
  const prefix = options.keyPrefix ?? "gateway:embeddings:";
  const redis = new Redis(options.url, {
    // A lookup that waited for Redis to come back would hold the caller's request as long.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Without an error listener ioredis would raise an unhandled 'error' event and end the process;
  // the counter store already logs Redis going away.
  redis.on("error", () => undefined);
  return {
    async get(key) {
      try {
        const stored = await redis.getBuffer(prefix + key);
        if (stored === null || stored.length % Float64Array.BYTES_PER_ELEMENT !== 0) return undefined;
        const copy = new Uint8Array(stored);
        return Array.from(new Float64Array(copy.buffer, copy.byteOffset, copy.length / Float64Array.BYTES_PER_ELEMENT));
      } catch {
        return undefined;
      }
    },
    async set(key, vector) {
      try {
        await redis.set(prefix + key, Buffer.from(Float64Array.from(vector).buffer), "EX", options.ttlSeconds);
      } catch {
        // Unreachable: dropped, as the interface allows.
      }
    },
    close() {
      redis.disconnect();
    },
  };
}
