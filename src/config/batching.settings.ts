import { z } from "zod";
import { flag, intRange, positiveInt } from "./setting-schemas";

/** How the service layer spends as few upstream calls as the models allow. */
export interface BatchingSettings {
  /** Most invocations one `invokeModels` list may carry; a longer list is refused whole. Env: INVOKE_MODELS_MAX_INPUTS, default 500. */
  maxInputsPerOperation: number;
  /**
   * Whether one-text embeddings for models that embed many texts per call (Cohere Embed) are
   * merged into shared calls. Env: EMBEDDING_BATCHING (`true` | `false`), default true.
   */
  mergeEmbeddings: boolean;
  /**
   * How long, in milliseconds, merged embeddings wait for concurrent operations' texts before
   * their calls go out; each such embedding takes up to this much longer. 0 still merges the
   * texts of one operation. Env: EMBEDDING_BATCH_WINDOW_MS, 0–1000, default 5.
   */
  embeddingWindowMs: number;
  /** Most InvokeModel calls in flight to one model id at once; more wait their turn. Env: MODEL_CONCURRENCY_LIMIT, default 32. */
  modelConcurrency: number;
  /**
   * Bytes of vectors the in-memory embedding cache holds (8 per number), least recently used
   * dropped first; 0 turns the cache off. Env: EMBEDDING_CACHE_MAX_BYTES, default 67108864 (64 MiB).
   */
  embeddingCacheBytes: number;
  /**
   * With REDIS_URL set, embedding vectors are also shared by every replica through Redis, for
   * this many seconds. Env: EMBEDDING_CACHE_TTL_SECONDS, default 604800 (7 days).
   */
  embeddingCacheTtlSeconds: number;
}

export const batchingVariables = {
  INVOKE_MODELS_MAX_INPUTS: positiveInt("INVOKE_MODELS_MAX_INPUTS", 100_000).default(500),
  EMBEDDING_BATCHING: flag("EMBEDDING_BATCHING").default("true"),
  EMBEDDING_BATCH_WINDOW_MS: intRange("EMBEDDING_BATCH_WINDOW_MS", 0, 1000).default(5),
  MODEL_CONCURRENCY_LIMIT: positiveInt("MODEL_CONCURRENCY_LIMIT", 10_000).default(32),
  EMBEDDING_CACHE_MAX_BYTES: z.coerce
    .number({ error: "EMBEDDING_CACHE_MAX_BYTES must be a number" })
    .int("EMBEDDING_CACHE_MAX_BYTES must be a whole number")
    .min(0, "EMBEDDING_CACHE_MAX_BYTES must not be negative")
    .default(64 * 1024 * 1024),
  EMBEDDING_CACHE_TTL_SECONDS: positiveInt("EMBEDDING_CACHE_TTL_SECONDS", 365 * 24 * 60 * 60).default(7 * 24 * 60 * 60),
};

type BatchingValues = z.infer<z.ZodObject<typeof batchingVariables>>;

export function readBatchingSettings(values: BatchingValues): BatchingSettings {
  return {
    maxInputsPerOperation: values.INVOKE_MODELS_MAX_INPUTS,
    mergeEmbeddings: values.EMBEDDING_BATCHING === "true",
    embeddingWindowMs: values.EMBEDDING_BATCH_WINDOW_MS,
    modelConcurrency: values.MODEL_CONCURRENCY_LIMIT,
    embeddingCacheBytes: values.EMBEDDING_CACHE_MAX_BYTES,
    embeddingCacheTtlSeconds: values.EMBEDDING_CACHE_TTL_SECONDS,
  };
}
