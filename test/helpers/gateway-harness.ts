import "reflect-metadata";
import { pino } from "pino";
import { type Logger } from "pino";
import { type BatchingSettings, type BedrockSettings, type BreakerSettings, DEFAULT_LIMITS, type OperationLimits } from "../../src/config";
import { startEmulator } from "../../src/emulator/emulator-server";
import { startGateway, type GatewayAuthOptions } from "../../src/gateway";
import { type TracingOptions } from "../../src/observability/tracing";

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

/** Gateway settings a suite may change besides Bedrock's. */
export interface GatewayHarnessOptions {
  /** Identity, policy and limits; omitted: anonymous callers, every model, unlimited. */
  auth?: GatewayAuthOptions;
  /** When given, the gateway logs at debug level and every log line is pushed here. */
  logLines?: string[];
  /** Merging, de-duplication, concurrency and cache settings (e.g. a wider merge window, or no cache). */
  batching?: Partial<BatchingSettings>;
  /** Overrides of DEFAULT_LIMITS. */
  limits?: Partial<OperationLimits>;
  production?: boolean;
  breaker?: BreakerSettings;
  /** Where the gateway logs; silent when neither this nor logLines is given. */
  logger?: Logger;
  /** An operator model catalog file laid over the built-in one. */
  modelCatalogFile?: string;
  /** Starts a second emulator standing for this Region, the fallback for every model. */
  fallbackRegion?: string;
  /** OpenTelemetry export (e.g. to a test collector); absent: no tracing. */
  tracing?: TracingOptions;
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
  const gateway = await startGateway({
    port: 0,
    host: "127.0.0.1",
    production: options.production ?? false,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    shutdownGraceMs: 500,
    logger,
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.batching ? { batching: options.batching } : {}),
    ...(options.breaker ? { breaker: options.breaker } : {}),
    modelCatalogFile: options.modelCatalogFile ?? null,
    tracing: options.tracing ?? null,
    bedrock: {
      mode: "endpoint",
      endpoint: emulator.url,
      region: "us-east-1",
      useDefaultCredentials: false,
      retryMode: "standard",
      maxAttempts: 3,
      timeoutMs: 10_000,
      connectTimeoutMs: 2_000,
      maxSockets: 16,
      ...failover,
      ...bedrock,
    },
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
