/**
 * Embedding vectors already computed, by a key that names the model, its parameters and the
 * text (see src/service/embedding-cache-key.ts). A vector depends on nothing else, so a hit
 * answers exactly what Bedrock would have answered, without a call.
 */
export interface EmbeddingCache {
  /** The stored vector, or undefined. Resolves undefined, rather than rejecting, when the store is unreachable. */
  get(key: string): Promise<number[] | undefined>;
  /** Stores a vector; a store that is unreachable drops it silently (a cache miss later, nothing worse). */
  set(key: string, vector: number[]): Promise<void>;
}
