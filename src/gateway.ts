import { type Logger } from "pino";
import { createBedrockClient, createBedrockInvoker } from "./bedrock/bedrock-invoker";
import { type BedrockSettings } from "./config";
import { type Services } from "./context";
import { buildGatewaySchema } from "./schema/build-schema";
import { createGatewayServer } from "./server/create-gateway-server";
import { createInvokeService } from "./service/invoke.service";
import { loadModelCatalog } from "./service/load-model-catalog";
import { createModelCatalog } from "./service/model-catalog";
import { createRegionalFailover } from "./service/regional-failover";
import { createStreamService } from "./service/stream.service";

export interface GatewayOptions {
  port: number;
  host: string;
  production: boolean;
  /** How long close() lets in-flight requests finish before closing their connections. */
  shutdownGraceMs: number;
  /** Bedrock settings with the endpoint already decided (the embedded emulator's, when used). */
  bedrock: BedrockSettings;
  /** Operator catalog file laid over the built-in one; null or absent for the built-in catalog alone. */
  modelCatalogFile?: string | null;
  logger: Logger;
}

export interface RunningGateway {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  close(): Promise<void>;
}

// SigV4 needs some credentials; these sign requests to an emulator, which does not verify them.
const PLACEHOLDER_CREDENTIALS = { accessKeyId: "AKIDLOCALEMULATOR", secretAccessKey: "local-emulator-placeholder" };

/** Every Region named as a fallback for any model, other than the primary. */
function fallbackRegionsOf(bedrock: BedrockSettings): string[] {
  const named = new Set(Object.values(bedrock.fallbackRegions ?? {}).flat());
  named.delete(bedrock.region);
  return [...named];
}

/** Wires the SDK client, services, schema and HTTP server, and listens. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { bedrock } = options;
  const clientFor = (region: string, endpoint: string | null) =>
    createBedrockClient({
      region,
      endpoint,
      credentials: bedrock.useDefaultCredentials ? null : PLACEHOLDER_CREDENTIALS,
      retryMode: bedrock.retryMode,
      maxAttempts: bedrock.maxAttempts,
      timeoutMs: bedrock.timeoutMs,
      connectTimeoutMs: bedrock.connectTimeoutMs,
      maxSockets: bedrock.maxSockets,
    });
  const client = clientFor(bedrock.region, bedrock.endpoint);
  const fallbackClients = new Map(
    fallbackRegionsOf(bedrock).map((region) => [region, clientFor(region, bedrock.regionEndpoints?.[region] ?? bedrock.endpoint)]),
  );
  const invoker = createRegionalFailover({
    primary: { region: bedrock.region, invoker: createBedrockInvoker(client, bedrock.timeoutMs) },
    fallbacks: new Map([...fallbackClients].map(([region, fallback]) => [region, createBedrockInvoker(fallback, bedrock.timeoutMs)])),
    fallbackRegions: bedrock.fallbackRegions ?? {},
  });
  const catalog = createModelCatalog(loadModelCatalog(options.modelCatalogFile ?? null));
  const services: Services = {
    invoke: createInvokeService({ bedrock: invoker, catalog }),
    stream: createStreamService({ bedrock: invoker, catalog }),
    catalog,
  };
  const app = await createGatewayServer({
    schema: buildGatewaySchema(),
    services,
    logger: options.logger,
    production: options.production,
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
      client.destroy();
      for (const fallback of fallbackClients.values()) fallback.destroy();
    },
  };
}
