import { type Logger } from "pino";
import { createAccessPolicy, OPEN_POLICY_DOCUMENT, type AccessPolicy } from "./auth/access-policy";
import { readAccessPolicyFile } from "./auth/access-policy-file";
import { type AccessPolicyDocument } from "./auth/access-policy.schema";
import { createAuthenticator } from "./auth/authenticator";
import { createJwtVerifier } from "./auth/jwt-verifier";
import { createBedrockInvokerPool, type BedrockInvokerPool } from "./bedrock/bedrock-invoker-pool";
import { createReachabilityCheck } from "./bedrock/upstream-reachability";
import { ConfigError } from "./config/config-error";
import { type Config } from "./config/load-config";
import { type StoreSettings } from "./config/store.settings";
import { type Services } from "./context";
import { createGatewayMetrics, type GatewayMetrics } from "./observability/gateway-metrics";
import { createInvocationTelemetry } from "./observability/invocation-telemetry";
import { startTracing } from "./observability/tracing";
import { buildGatewaySchema } from "./schema/build-schema";
import { createGatewayServer } from "./server/create-gateway-server";
import { createRequestAuthentication } from "./server/request-authentication";
import { createShutdown } from "./server/shutdown";
import { createTrustedDocuments, readTrustedDocumentsFile } from "./server/trusted-documents";
import { createCallerRights } from "./service/caller-rights";
import { withCircuitBreaker } from "./service/circuit-breaker";
import { createEmbeddingBatcher, type EmbeddingBatcher } from "./service/embedding-batcher";
import { limitFailedAuthentications } from "./service/failed-authentication-limit";
import { createInvocationGuard } from "./service/invocation-guard";
import { createInvocationLifecycle } from "./service/invocation-lifecycle";
import { createInvocationLoaders } from "./service/invocation-loader";
import { createInvokeService } from "./service/invoke.service";
import { loadModelCatalog } from "./service/load-model-catalog";
import { createModelCatalog } from "./service/model-catalog";
import { limitCallsPerModel } from "./service/per-model-concurrency";
import { withRegionalFailover } from "./service/regional-failover";
import { createSlotCounter } from "./service/slot-counter";
import { createStreamService } from "./service/stream.service";
import { type CounterStore } from "./store/counter-store";
import { layerEmbeddingCaches } from "./store/embedding-cache.layered";
import { createMemoryEmbeddingCache } from "./store/embedding-cache.memory";
import { createRedisEmbeddingCache } from "./store/embedding-cache.redis";
import { type EmbeddingCache } from "./store/embedding-cache.types";
import { createMemoryCounterStore } from "./store/memory-counter-store";
import { createRedisCounterStore } from "./store/redis-counter-store";

export interface GatewayStart {
  /** The validated settings; `bedrock.endpoint` is the embedded emulator's when main.ts started one. */
  config: Config;
  /** The access policy, read and validated from POLICY_FILE (or the open policy without one). */
  policy: AccessPolicyDocument;
  logger: Logger;
}

/** The access policy POLICY_FILE names, or the open policy without one; a bad file is a ConfigError. */
export function loadAccessPolicy(policyFile: string | null): AccessPolicyDocument {
  if (policyFile === null) return OPEN_POLICY_DOCUMENT;
  const policy = readAccessPolicyFile(policyFile);
  if (!policy.ok) throw new ConfigError(`Invalid configuration — ${policy.failure}`);
  return policy.value;
}

export interface RunningGateway {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  close(): Promise<void>;
}

const BREAKER_GAUGE = { closed: 0, "half-open": 1, open: 2 } as const;

// SigV4 needs some credentials; these sign requests to an emulator, which does not verify them.
const PLACEHOLDER_CREDENTIALS = { accessKeyId: "AKIDLOCALEMULATOR", secretAccessKey: "local-emulator-placeholder" };

/** Credentials (user:password@) stay out of the log line naming the Redis server. */
function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = "";
  parsed.password = "";
  return parsed.toString();
}

function createCounterStore(store: StoreSettings, logger: Logger): CounterStore {
  if (store.redisUrl === null) return createMemoryCounterStore();
  const where = withoutCredentials(store.redisUrl);
  logger.info(`Rate limits and budgets are shared through Redis at ${where} (STORE_FAILURE=${store.failureMode})`);
  return createRedisCounterStore({
    url: store.redisUrl,
    onConnectionChange: ({ connected, reason }) =>
      connected ? logger.info(`Connected to Redis at ${where}`) : logger.error({ reason }, `Lost Redis at ${where}`),
  });
}

/** The SDK clients, each tenant's with its own per-model breaker and concurrency bound, behind Region failover. */
function createBedrockClients({ bedrock, batching, breaker }: Config, metrics: GatewayMetrics, logger: Logger): BedrockInvokerPool {
  const pool = createBedrockInvokerPool({
    region: bedrock.region,
    endpoint: bedrock.endpoint,
    credentials: bedrock.useDefaultCredentials ? null : PLACEHOLDER_CREDENTIALS,
    retryMode: bedrock.retryMode,
    maxAttempts: bedrock.maxAttempts,
    timeoutMs: bedrock.timeoutMs,
    connectTimeoutMs: bedrock.connectTimeoutMs,
    maxSockets: bedrock.maxSockets,
    decorate: (invoker) =>
      withCircuitBreaker(limitCallsPerModel(invoker, batching.modelConcurrency), {
        ...breaker,
        onStateChange(modelId, state) {
          metrics.breakerState.set({ model: metrics.modelLabel(modelId) }, BREAKER_GAUGE[state]);
          logger.warn({ modelId, breaker: state }, `circuit breaker for ${modelId} is ${state}`);
        },
      }),
  });
  return withRegionalFailover(pool, {
    region: bedrock.region,
    endpoint: bedrock.endpoint,
    fallbackRegions: bedrock.fallbackRegions,
    regionEndpoints: bedrock.regionEndpoints,
  });
}

/** The embedding merger and cache the settings ask for (each may be off), and what closing them takes. */
function createEmbeddingHelpers({ batching, store }: Config, metrics: GatewayMetrics) {
  const batcher: EmbeddingBatcher | null = batching.mergeEmbeddings
    ? createEmbeddingBatcher({
        windowMs: batching.embeddingWindowMs,
        onCallSent: (modelId, texts) => metrics.embeddingBatchSize.observe({ model: metrics.modelLabel(modelId) }, texts),
      })
    : null;
  const caching = batching.embeddingCacheBytes > 0;
  const shared =
    caching && store.redisUrl !== null ? createRedisEmbeddingCache({ url: store.redisUrl, ttlSeconds: batching.embeddingCacheTtlSeconds }) : null;
  const own = caching ? createMemoryEmbeddingCache(batching.embeddingCacheBytes) : null;
  const cache: EmbeddingCache | null = own && shared ? layerEmbeddingCaches(own, shared) : own;
  return { batcher, cache, close: () => shared?.close() };
}

/**
 * Everything but a listener, wired from the settings: the SDK clients, services, schema,
 * authentication, trusted documents and shutdown; what a long-running server and a Lambda
 * function share. `release` closes what it opened (clients, store, caches, tracing).
 */
export function assembleGateway({ config, policy: document, logger }: GatewayStart) {
  // Files first: a bad one fails here, before a connection or timer is opened.
  const catalog = createModelCatalog(loadModelCatalog(config.modelCatalogFile));
  const manifest = config.trustedDocumentsFile === null ? new Map<string, string>() : readTrustedDocumentsFile(config.trustedDocumentsFile);
  const policy: AccessPolicy = createAccessPolicy(document);
  const store = createCounterStore(config.store, logger);
  const metrics = createGatewayMetrics();
  const tracing = config.tracing ? startTracing(config.tracing) : null;
  const telemetry = createInvocationTelemetry(logger, metrics, tracing?.tracer ?? null);
  const clients = createBedrockClients(config, metrics, logger);
  const embeddings = createEmbeddingHelpers(config, metrics);
  const guard = createInvocationGuard({
    policy,
    store,
    storeFailure: config.store.failureMode,
    onStoreUnavailable: ({ reason, mode, operation }) =>
      logger.warn({ reason, operation }, `Counter store unavailable; failing ${mode} (STORE_FAILURE=${mode})`),
  });
  const lifecycle = createInvocationLifecycle({
    bedrock: clients,
    guard,
    catalog,
    observer: telemetry,
    shares: { calls: createSlotCounter(config.limits.maxCallsPerCaller), streams: createSlotCounter(config.limits.maxStreamsPerCaller) },
    inputLimits: config.limits,
  });
  const invoke = createInvokeService({ lifecycle, embeddingBatcher: embeddings.batcher, embeddingCache: embeddings.cache });
  const services: Services = {
    invoke,
    stream: createStreamService({ lifecycle }),
    catalog,
    rights: createCallerRights(policy),
    connectionStreams: () => createSlotCounter(config.limits.maxStreamsPerSocket),
    invocationLoaders: createInvocationLoaders({
      invoke,
      maxInputsPerOperation: config.batching.maxInputsPerOperation,
      maxJsonDepth: config.limits.maxJsonDepth,
    }),
  };
  const { auth } = config;
  const authenticate = createRequestAuthentication(
    limitFailedAuthentications(
      createAuthenticator({
        policy,
        verifyJwt: createJwtVerifier({
          secret: auth.jwtSecret,
          jwksUrl: auth.jwksUrl,
          issuer: auth.issuer,
          audience: auth.audience,
          allowNoExpiry: auth.allowJwtWithoutExpiry,
        }),
        allowAnonymous: auth.allowAnonymous,
      }),
      {
        store,
        failuresPerMinute: auth.failuresPerMinute,
        onFailure: () => metrics.authenticationFailures.inc(),
        onLockedOut: () => metrics.authenticationLockouts.inc(),
      },
    ),
    logger,
  );
  const pipeline = {
    schema: buildGatewaySchema(),
    services,
    logger,
    production: config.production,
    authenticate,
    limits: config.limits,
    metrics,
    tracing,
    shutdown: createShutdown(),
    trustedDocuments: createTrustedDocuments({
      manifest,
      only: config.trustedDocumentsOnly,
      mayRunAnyOperation: (caller) => policy.mayRunAnyOperation(caller),
    }),
  };
  const release = async () => {
    clients.destroy();
    await store.close();
    embeddings.close();
    await tracing?.shutdown();
  };
  return { pipeline, store, release };
}

/** The gateway as a long-running server: assembled, then listening on HOST:PORT. */
export async function startGateway(start: GatewayStart): Promise<RunningGateway> {
  const { config, logger } = start;
  const { bedrock } = config;
  const { pipeline, store, release } = assembleGateway(start);
  const server = await createGatewayServer({
    ...pipeline,
    readinessChecks: [
      {
        name: "bedrock",
        check: createReachabilityCheck({ endpoint: bedrock.endpoint, region: bedrock.region, timeoutMs: bedrock.connectTimeoutMs }),
      },
      // Failing open, a replica without its store still serves (unlimited), so it stays ready.
      ...(config.store.failureMode === "closed" ? [{ name: "store", check: () => store.reachable() }] : []),
    ],
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
  });
  // Until Redis is connected every decision would fail (open: admitted uncounted; closed:
  // refused), so a replica takes requests only once it is, or once waiting longer is pointless.
  if (!(await store.whenReady(config.store.readyWaitMs))) {
    logger.warn(`The counter store did not answer within ${config.store.readyWaitMs} ms; serving anyway (STORE_FAILURE=${config.store.failureMode})`);
  }
  const { app } = server;
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/graphql`,
    async close() {
      const began = Date.now();
      await server.close(config.shutdownGraceMs);
      // Closing clients, Redis and the trace exporter may not stretch the exit past the grace period.
      const left = Math.max(100, config.shutdownGraceMs - (Date.now() - began));
      await Promise.race([release(), new Promise((resolve) => setTimeout(resolve, left).unref())]);
    },
  };
}
