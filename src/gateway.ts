import { type Logger } from "pino";
import { createAccessPolicy, OPEN_POLICY_DOCUMENT } from "./auth/access-policy";
import { type AccessPolicyDocument } from "./auth/access-policy.schema";
import { createAuthenticator } from "./auth/authenticator";
import { createJwtVerifier, type JwtVerifierOptions } from "./auth/jwt-verifier";
import { createBedrockInvokerPool } from "./bedrock/bedrock-invoker-pool";
import { DEFAULT_BATCHING_SETTINGS, type BatchingSettings, type BedrockSettings } from "./config";
import { type Services } from "./context";
import { buildGatewaySchema } from "./schema/build-schema";
import { createGatewayServer } from "./server/create-gateway-server";
import { createRequestAuthentication } from "./server/request-authentication";
import { createCallerRights } from "./service/caller-rights";
import { createInvocationGuard, type StoreFailureMode } from "./service/invocation-guard";
import { createEmbeddingBatcher } from "./service/embedding-batcher";
import { createInvocationLoaders } from "./service/invocation-loader";
import { createInvokeService } from "./service/invoke.service";
import { createModelCatalog } from "./service/model-catalog";
import { limitCallsPerModel } from "./service/per-model-concurrency";
import { createStreamService } from "./service/stream.service";
import { type CounterStore } from "./store/counter-store";
import { createMemoryEmbeddingCache } from "./store/embedding-cache.memory";
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
  logger: Logger;
  /** Omitted: every caller is anonymous and may use every model, unlimited (the local emulator's default). */
  auth?: GatewayAuthOptions;
}

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
  const clients = createBedrockInvokerPool({
    region: bedrock.region,
    endpoint: bedrock.endpoint,
    credentials: bedrock.useDefaultCredentials ? null : PLACEHOLDER_CREDENTIALS,
    retryMode: bedrock.retryMode,
    maxAttempts: bedrock.maxAttempts,
    timeoutMs: bedrock.timeoutMs,
    connectTimeoutMs: bedrock.connectTimeoutMs,
    maxSockets: bedrock.maxSockets,
    decorate: (invoker) => limitCallsPerModel(invoker, batching.modelConcurrency),
  });
  const invoke = createInvokeService({
    bedrock: clients,
    guard,
    embeddingBatcher: batching.mergeEmbeddings ? createEmbeddingBatcher({ windowMs: batching.embeddingWindowMs }) : null,
    embeddingCache: batching.embeddingCacheBytes > 0 ? createMemoryEmbeddingCache(batching.embeddingCacheBytes) : null,
  });
  const services: Services = {
    invoke,
    stream: createStreamService({ bedrock: clients, guard }),
    catalog: createModelCatalog(),
    rights: createCallerRights(policy),
    invocationLoaders: createInvocationLoaders({ invoke, maxInputsPerOperation: batching.maxInputsPerOperation }),
  };
  const app = await createGatewayServer({
    schema: buildGatewaySchema(),
    services,
    logger: options.logger,
    production: options.production,
    authenticate,
  });
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/graphql`,
    async close() {
      // Stop accepting at once; give in-flight requests the grace period, then cut what remains.
      const deadline = setTimeout(() => app.server.closeAllConnections(), options.shutdownGraceMs);
      await app.close();
      clearTimeout(deadline);
      clients.destroy();
      await store.close();
    },
  };
}
