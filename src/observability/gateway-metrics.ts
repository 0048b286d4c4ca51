import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Every Prometheus instrument the gateway exports at /metrics, in one registry per gateway. */
export interface GatewayMetrics {
  registry: Registry;
  operations: Counter<"type" | "outcome" | "transport">;
  invocations: Counter<"model" | "outcome" | "source" | "streamed">;
  invocationSeconds: Histogram<"model" | "streamed">;
  tokens: Counter<"model" | "direction">;
  upstreamAttempts: Counter<"model">;
  upstreamRetries: Counter<"model">;
  limitRejections: Counter<"limit">;
  authenticationFailures: Counter;
  authenticationLockouts: Counter;
  embeddingCacheHits: Counter<"model">;
  embeddingBatchSize: Histogram<"model">;
  openStreams: Gauge;
  breakerState: Gauge<"model">;
  /** The model label for a model id: a caller can send any id, so distinct labels are capped. */
  modelLabel(modelId: string): string;
}

// Model ids come from callers; past this many distinct ones, new ids are counted as "other".
const MAX_MODEL_LABELS = 200;

export function createGatewayMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const models = new Set<string>();
  return {
    registry,
    operations: new Counter({
      name: "graphql_operations_total",
      help: "GraphQL operations by type, outcome and transport (http, websocket, sse)",
      labelNames: ["type", "outcome", "transport"],
      registers,
    }),
    invocations: new Counter({
      name: "bedrock_invocations_total",
      help: "Invocations by model, outcome (modality or failure kind) and who decided a failure (BEDROCK, GATEWAY: policy, limits, input, breaker)",
      labelNames: ["model", "outcome", "source", "streamed"],
      registers,
    }),
    invocationSeconds: new Histogram({
      name: "bedrock_invocation_duration_seconds",
      help: "Time the gateway waited for Bedrock per invocation, retries included",
      labelNames: ["model", "streamed"],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    }),
    tokens: new Counter({
      name: "bedrock_tokens_total",
      help: "Tokens as Bedrock reports them, by model and direction",
      labelNames: ["model", "direction"],
      registers,
    }),
    upstreamAttempts: new Counter({
      name: "bedrock_upstream_attempts_total",
      help: "Requests sent to Bedrock, SDK retries included",
      labelNames: ["model"],
      registers,
    }),
    upstreamRetries: new Counter({
      name: "bedrock_upstream_retries_total",
      help: "SDK retries (attempts beyond the first)",
      labelNames: ["model"],
      registers,
    }),
    limitRejections: new Counter({
      name: "graphql_limit_rejections_total",
      help: "Operations refused for an operation limit",
      labelNames: ["limit"],
      registers,
    }),
    authenticationFailures: new Counter({
      name: "gateway_authentication_failures_total",
      help: "Credentials refused (missing, malformed, expired, unknown)",
      registers,
    }),
    authenticationLockouts: new Counter({
      name: "gateway_authentication_lockouts_total",
      help: "Requests refused because their source address made too many failed authentications this minute",
      registers,
    }),
    embeddingCacheHits: new Counter({
      name: "bedrock_embedding_cache_hits_total",
      help: "Embeddings answered from the cache, no call made",
      labelNames: ["model"],
      registers,
    }),
    embeddingBatchSize: new Histogram({
      name: "bedrock_embedding_batch_size",
      help: "Texts per merged embedding call",
      labelNames: ["model"],
      buckets: [1, 2, 4, 8, 16, 32, 64, 96],
      registers,
    }),
    openStreams: new Gauge({ name: "bedrock_open_streams", help: "Response streams being relayed now", registers }),
    breakerState: new Gauge({
      name: "bedrock_breaker_state",
      help: "Circuit breaker per model: 0 closed, 1 half-open, 2 open",
      labelNames: ["model"],
      registers,
    }),
    modelLabel(modelId) {
      if (models.has(modelId)) return modelId;
      if (models.size >= MAX_MODEL_LABELS) return "other";
      models.add(modelId);
      return modelId;
    },
  };
}
