import { type Logger } from "pino";
import { createAccessPolicy, OPEN_POLICY_DOCUMENT } from "./auth/access-policy";
import { type AccessPolicyDocument } from "./auth/access-policy.schema";
import { createAuthenticator } from "./auth/authenticator";
import { createJwtVerifier, type JwtVerifierOptions } from "./auth/jwt-verifier";
import { createBedrockInvokerPool } from "./bedrock/bedrock-invoker-pool";
import { createReachabilityCheck } from "./bedrock/upstream-reachability";
import {
  DEFAULT_BATCHING_SETTINGS,
  DEFAULT_LIMITS,
  type BatchingSettings,
  type BedrockSettings,
  type BreakerSettings,
  type OperationLimits,
} from "./config";
import { type Services } from "./context";
import { buildGatewaySchema } from "./schema/build-schema";
import { createGatewayServer } from "./server/create-gateway-server";
import { createRequestAuthentication } from "./server/request-authentication";
import { createCallerRights } from "./service/caller-rights";
import { createInvocationGuard, type StoreFailureMode } from "./service/invocation-guard";
import { createEmbeddingBatcher } from "./service/embedding-batcher";
import { createInvocationLoaders } from "./service/invocation-loader";
import { createInvocationLifecycle } from "./service/invocation-lifecycle";
import { createInvokeService } from "./service/invoke.service";
import { loadModelCatalog } from "./service/load-model-catalog";
import { createModelCatalog } from "./service/model-catalog";
import { limitCallsPerModel } from "./service/per-model-concurrency";
import { withRegionalFailover } from "./service/regional-failover";
import { createStreamService } from "./service/stream.service";
import { createGatewayMetrics } from "./observability/gateway-metrics";
import { createInvocationTelemetry } from "./observability/invocation-telemetry";
import { startTracing, type TracingOptions } from "./observability/tracing";
import { withCircuitBreaker } from "./service/circuit-breaker";
import { type CounterStore } from "./store/counter-store";
import { layerEmbeddingCaches } from "./store/embedding-cache.layered";
import { createMemoryEmbeddingCache } from "./store/embedding-cache.memory";
import { createRedisEmbeddingCache } from "./store/embedding-cache.redis";
import { createMemoryCounterStore } from "./store/memory-counter-store";
import { createRedisCounterStore } from "./store/redis-counter-store";

/** Who may call and what they may use; see README "Authentication, access policy and limits". */
export interface GatewayAuthOptions {
  /** The validated policy file. */
  policy: AccessPolicyDocument;
  jwt: JwtVerifierOptions;
  allowAnonymous: boolean;
  /** Shared counters in Redis; null keeps them in this process. */
  redisUrl: string | null;
  storeFailure: StoreFailureMode;
}

export interface GatewayOptions {
  port: number;
  host: string;
  production: boolean;
  /** How long close() lets in-flight requests finish before closing their connections. */
  shutdownGraceMs: number;
  /** Bedrock settings with the endpoint already decided (the embedded emulator's, when used). */
  bedrock: BedrockSettings;
  /** Merging, de-duplication, concurrency and cache settings; absent ones take their defaults. */
  batching?: Partial<BatchingSettings>;
  /** Operator catalog file laid over the built-in one; null or absent for the built-in catalog alone. */
  modelCatalogFile?: string | null;
  logger: Logger;
  /** Omitted: every caller is anonymous and may use every model, unlimited (the local emulator's default). */
  auth?: GatewayAuthOptions;
  /** Operation and input limits; DEFAULT_LIMITS when absent. */
  limits?: OperationLimits;
  /** The per-model circuit breaker; DEFAULT_BREAKER when absent. */
  breaker?: BreakerSettings;
  /** OpenTelemetry spans over OTLP/HTTP; null or absent: no tracing. */
  tracing?: TracingOptions | null;
}

export const DEFAULT_BREAKER: BreakerSettings = { failureThreshold: 5, cooldownMs: 10_000 };

/** How long start-up waits for the counter store's first connection (a little over Redis's connect timeout). */
const STORE_READY_WAIT_MS = 2_500;

const BREAKER_GAUGE = { closed: 0, "half-open": 1, open: 2 } as const;

export interface RunningGateway {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  close(): Promise<void>;
}

// SigV4 needs some credentials; these sign requests to an emulator, which does not verify them.
const PLACEHOLDER_CREDENTIALS = { accessKeyId: "AKIDLOCALEMULATOR", secretAccessKey: "local-emulator-placeholder" };

const OPEN_AUTH: GatewayAuthOptions = {
  policy: OPEN_POLICY_DOCUMENT,
  jwt: { secret: null, jwksUrl: null, issuer: null, audience: null },
  allowAnonymous: true,
  redisUrl: null,
  storeFailure: "open",
};

/** Credentials (user:password@) stay out of the log line naming the Redis server. */
function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = "";
  parsed.password = "";
  return parsed.toString();
}

function createCounterStore(auth: GatewayAuthOptions, logger: Logger): CounterStore {
  if (auth.redisUrl === null) return createMemoryCounterStore();
  const where = withoutCredentials(auth.redisUrl);
  logger.info(`Rate limits and budgets are shared through Redis at ${where} (STORE_FAILURE=${auth.storeFailure})`);
  return createRedisCounterStore({
    url: auth.redisUrl,
    onConnectionChange: ({ connected, reason }) =>
      connected ? logger.info(`Connected to Redis at ${where}`) : logger.error({ reason }, `Lost Redis at ${where}`),
  });
}

/** Wires the SDK client, services, schema and HTTP server, and listens. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { bedrock } = options;
  const auth = options.auth ?? OPEN_AUTH;
  const policy = createAccessPolicy(auth.policy);
  const store = createCounterStore(auth, options.logger);
  const guard = createInvocationGuard({
    policy,
    store,
    storeFailure: auth.storeFailure,
    onStoreUnavailable: ({ reason, mode, operation }) =>
      options.logger.warn({ reason, operation }, `Counter store unavailable; failing ${mode} (STORE_FAILURE=${mode})`),
  });
  const authenticate = createRequestAuthentication(
    createAuthenticator({ policy, verifyJwt: createJwtVerifier(auth.jwt), allowAnonymous: auth.allowAnonymous }),
    options.logger,
  );
  const batching = { ...DEFAULT_BATCHING_SETTINGS, ...options.batching };
  const limits = options.limits ?? DEFAULT_LIMITS;
  const metrics = createGatewayMetrics();
  const tracing = options.tracing ? startTracing(options.tracing) : null;
  const telemetry = createInvocationTelemetry(options.logger, metrics, tracing?.tracer ?? null);
  const pool = createBedrockInvokerPool({
    region: bedrock.region,
    endpoint: bedrock.endpoint,
    credentials: bedrock.useDefaultCredentials ? null : PLACEHOLDER_CREDENTIALS,
    retryMode: bedrock.retryMode,
    maxAttempts: bedrock.maxAttempts,
    timeoutMs: bedrock.timeoutMs,
    connectTimeoutMs: bedrock.connectTimeoutMs,
    maxSockets: bedrock.maxSockets,
    // Each tenant's invoker gets its own breaker and concurrency bound, per model.
    decorate: (invoker) =>
      withCircuitBreaker(limitCallsPerModel(invoker, batching.modelConcurrency), {
        ...(options.breaker ?? DEFAULT_BREAKER),
        onStateChange(modelId, state) {
          metrics.breakerState.set({ model: metrics.modelLabel(modelId) }, BREAKER_GAUGE[state]);
          options.logger.warn({ modelId, breaker: state }, `circuit breaker for ${modelId} is ${state}`);
        },
      }),
  });
  const clients = withRegionalFailover(pool, {
    region: bedrock.region,
    endpoint: bedrock.endpoint,
    fallbackRegions: bedrock.fallbackRegions ?? {},
    regionEndpoints: bedrock.regionEndpoints ?? {},
  });
  const catalog = createModelCatalog(loadModelCatalog(options.modelCatalogFile ?? null));
  const embeddingBatcher = batching.mergeEmbeddings
    ? createEmbeddingBatcher({
        windowMs: batching.embeddingWindowMs,
        onCallSent: (modelId, texts) => metrics.embeddingBatchSize.observe({ model: metrics.modelLabel(modelId) }, texts),
      })
    : null;
  const sharedEmbeddings =
    batching.embeddingCacheBytes > 0 && auth.redisUrl !== null
      ? createRedisEmbeddingCache({ url: auth.redisUrl, ttlSeconds: batching.embeddingCacheTtlSeconds })
      : null;
  const ownEmbeddings = batching.embeddingCacheBytes > 0 ? createMemoryEmbeddingCache(batching.embeddingCacheBytes) : null;
  const embeddingCache = ownEmbeddings && sharedEmbeddings ? layerEmbeddingCaches(ownEmbeddings, sharedEmbeddings) : ownEmbeddings;
  const lifecycle = createInvocationLifecycle({ bedrock: clients, guard, catalog, observer: telemetry, inputLimits: limits });
  const invoke = createInvokeService({ lifecycle, embeddingBatcher, embeddingCache });
  const services: Services = {
    invoke,
    stream: createStreamService({ lifecycle }),
    catalog,
    rights: createCallerRights(policy),
    invocationLoaders: createInvocationLoaders({ invoke, maxInputsPerOperation: batching.maxInputsPerOperation }),
  };
  let draining = false;
  const app = await createGatewayServer({
    schema: buildGatewaySchema(),
    services,
    logger: options.logger,
    production: options.production,
    authenticate,
    limits,
    metrics,
    tracing,
    readinessChecks: [
      {
        name: "bedrock",
        check: createReachabilityCheck({ endpoint: bedrock.endpoint, region: bedrock.region, timeoutMs: bedrock.connectTimeoutMs }),
      },
      // Failing open, a replica without its store still serves (unlimited), so it stays ready.
      ...(auth.storeFailure === "closed" ? [{ name: "store", check: () => store.reachable() }] : []),
    ],
    draining: () => draining,
  });
  // Until Redis is connected every decision would fail (open: admitted uncounted; closed:
  // refused), so a replica takes requests only once it is, or once waiting longer is pointless.
  if (!(await store.whenReady(STORE_READY_WAIT_MS))) {
    options.logger.warn(`The counter store did not answer within ${STORE_READY_WAIT_MS} ms; serving anyway (STORE_FAILURE=${auth.storeFailure})`);
  }
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/graphql`,
    async close() {
      draining = true;
      // Stop accepting at once; give in-flight requests the grace period, then cut what remains.
      const deadline = setTimeout(() => app.server.closeAllConnections(), options.shutdownGraceMs);
      await app.close();
      clearTimeout(deadline);
      clients.destroy();
      await store.close();
      sharedEmbeddings?.close();
      await tracing?.shutdown();
    },
  };
}
