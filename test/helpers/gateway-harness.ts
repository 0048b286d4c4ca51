import "reflect-metadata";
import { pino } from "pino";
import { type Logger } from "pino";
import { OPEN_POLICY_DOCUMENT } from "../../src/auth/access-policy";
import { type AccessPolicyDocument } from "../../src/auth/access-policy.schema";
import { type BatchingSettings } from "../../src/config/batching.settings";
import { type BedrockSettings } from "../../src/config/bedrock.settings";
import { type BreakerSettings } from "../../src/config/breaker.settings";
import { type OperationLimits } from "../../src/config/limits.settings";
import { loadConfig } from "../../src/config/load-config";
import { type TracingSettings } from "../../src/config/tracing.settings";
import { startEmulator } from "../../src/emulator/emulator-server";
import { startGateway } from "../../src/gateway";

export interface GraphQLResponse<TData = Record<string, any>> {
  status: number;
  data?: TData;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface GatewayHarness {
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** The emulator's root URL, for its admin routes. */
  emulatorUrl: string;
  /** The fallback Region's emulator, when `fallbackRegion` was given. */
  fallbackEmulatorUrl: string | null;
  /** Sends one GraphQL operation over HTTP POST, as a frontend would. */
  graphql<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

/** Who may call: the policy document and the auth and store settings that go with it. */
export interface HarnessAuth {
  policy: AccessPolicyDocument;
  jwt: { secret: string | null; jwksUrl: string | null; issuer: string | null; audience: string | null };
  allowAnonymous: boolean;
  /** Shared counters in Redis; null keeps them in this process. */
  redisUrl: string | null;
  storeFailure: "open" | "closed";
  /** How long start-up waits for Redis; the setting's default when absent. */
  storeReadyWaitMs?: number;
  /** AUTH_FAILURES_PER_MINUTE; the setting's default when absent. */
  failuresPerMinute?: number;
}

/** Gateway settings a suite may change besides Bedrock's. */
export interface GatewayHarnessOptions {
  /** Identity, policy and limits; omitted: anonymous callers, every model, unlimited. */
  auth?: HarnessAuth;
  /** When given, the gateway logs at debug level and every log line is pushed here. */
  logLines?: string[];
  /** Merging, de-duplication, concurrency and cache settings (e.g. a wider merge window, or no cache). */
  batching?: Partial<BatchingSettings>;
  /** Overrides of the default limits. */
  limits?: Partial<OperationLimits>;
  production?: boolean;
  breaker?: BreakerSettings;
  /** Where the gateway logs; silent when neither this nor logLines is given. */
  logger?: Logger;
  /** An operator model catalog file laid over the built-in one. */
  modelCatalogFile?: string;
  /** Starts a second emulator standing for this Region, the fallback for every model. */
  fallbackRegion?: string;
  /** CORS_ORIGINS; absent: none. */
  corsOrigins?: string[];
  /** TRUST_PROXY; absent: false. */
  trustProxy?: boolean | number | string[];
  /** SHUTDOWN_GRACE_MS; absent: 500. */
  shutdownGraceMs?: number;
  /** TRUSTED_DOCUMENTS_FILE and TRUSTED_DOCUMENTS_ONLY; absent: no manifest. */
  trustedDocuments?: { file: string; only: boolean };
  /** OpenTelemetry export (e.g. to a test collector); absent: no tracing. */
  tracing?: TracingSettings;
}

/**
 * Starts an emulator and a gateway wired to it, both on random ports. Bedrock settings may be
 * overridden per suite (e.g. maxAttempts) — the real SDK is used throughout.
 */
export async function startGatewayHarness(bedrock: Partial<BedrockSettings> = {}, options: GatewayHarnessOptions = {}): Promise<GatewayHarness> {
  const emulator = await startEmulator({ port: 0, host: "127.0.0.1" });
  const { logLines } = options;
  const logger =
    options.logger ?? (logLines ? pino({ level: "debug" }, { write: (line: string) => void logLines.push(line) }) : pino({ level: "silent" }));
  const fallback = options.fallbackRegion === undefined ? null : await startEmulator({ port: 0, host: "127.0.0.1" });
  const failover =
    options.fallbackRegion === undefined || fallback === null
      ? {}
      : { fallbackRegions: { "*": [options.fallbackRegion] }, regionEndpoints: { [options.fallbackRegion]: fallback.url } };
  // The settings' own defaults (what an operator gets with nothing set), then what the suite changes.
  const defaults = loadConfig({});
  const { auth } = options;
  const gateway = await startGateway({
    config: {
      ...defaults,
      port: 0,
      host: "127.0.0.1",
      production: options.production ?? false,
      shutdownGraceMs: options.shutdownGraceMs ?? 500,
      corsOrigins: options.corsOrigins ?? [],
      trustProxy: options.trustProxy ?? false,
      trustedDocumentsFile: options.trustedDocuments?.file ?? null,
      trustedDocumentsOnly: options.trustedDocuments?.only ?? false,
      limits: { ...defaults.limits, ...options.limits },
      batching: { ...defaults.batching, ...options.batching },
      breaker: options.breaker ?? defaults.breaker,
      modelCatalogFile: options.modelCatalogFile ?? null,
      tracing: options.tracing ?? null,
      auth: auth
        ? {
            ...defaults.auth,
            jwtSecret: auth.jwt.secret,
            jwksUrl: auth.jwt.jwksUrl,
            issuer: auth.jwt.issuer,
            audience: auth.jwt.audience,
            allowAnonymous: auth.allowAnonymous,
            failuresPerMinute: auth.failuresPerMinute ?? defaults.auth.failuresPerMinute,
          }
        : { ...defaults.auth, allowAnonymous: true },
      store: auth
        ? { redisUrl: auth.redisUrl, failureMode: auth.storeFailure, readyWaitMs: auth.storeReadyWaitMs ?? defaults.store.readyWaitMs }
        : defaults.store,
      bedrock: {
        ...defaults.bedrock,
        mode: "endpoint",
        endpoint: emulator.url,
        timeoutMs: 10_000,
        connectTimeoutMs: 2_000,
        maxSockets: 16,
        ...failover,
        ...bedrock,
      },
    },
    policy: auth?.policy ?? OPEN_POLICY_DOCUMENT,
    logger,
  });
  return {
    gatewayUrl: gateway.url,
    emulatorUrl: emulator.url,
    fallbackEmulatorUrl: fallback?.url ?? null,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: GraphQLResponse["errors"] };
      return { status: response.status, ...body };
    },
    async close() {
      await gateway.close();
      await emulator.close();
      await fallback?.close();
    },
  };
}
