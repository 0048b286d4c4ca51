import "reflect-metadata";
import { pino } from "pino";
import { type BedrockSettings } from "../../src/config";
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
  graphql<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

/** Gateway settings beyond Bedrock's that a suite may set. */
export interface HarnessOptions {
  /** An operator model catalog file laid over the built-in one. */
  modelCatalogFile?: string;
  /** Starts a second emulator standing for this Region, the fallback for every model. */
  fallbackRegion?: string;
}

/**
 * Starts an emulator and a gateway wired to it, both on random ports. Bedrock settings may be
 * overridden per suite (e.g. maxAttempts) — the real SDK is used throughout.
 */
export async function startGatewayHarness(bedrock: Partial<BedrockSettings> = {}, options: HarnessOptions = {}): Promise<GatewayHarness> {
  const emulator = await startEmulator({ port: 0, host: "127.0.0.1" });
  const fallback = options.fallbackRegion === undefined ? null : await startEmulator({ port: 0, host: "127.0.0.1" });
  const failover =
    options.fallbackRegion === undefined || fallback === null
      ? {}
      : { fallbackRegions: { "*": [options.fallbackRegion] }, regionEndpoints: { [options.fallbackRegion]: fallback.url } };
  const gateway = await startGateway({
    port: 0,
    host: "127.0.0.1",
    production: false,
    shutdownGraceMs: 500,
    logger: pino({ level: "silent" }),
    modelCatalogFile: options.modelCatalogFile ?? null,
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
    async graphql(query, variables) {
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
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
