import { type Logger } from "pino";
import { createBedrockClient, createBedrockInvoker } from "./bedrock/bedrock-invoker";
import { createReachabilityCheck } from "./bedrock/upstream-reachability";
import { type BedrockSettings, type BreakerSettings, DEFAULT_LIMITS, type OperationLimits } from "./config";
import { type Services } from "./context";
import { buildGatewaySchema } from "./schema/build-schema";
import { createGatewayServer } from "./server/create-gateway-server";
import { createInvokeService } from "./service/invoke.service";
import { createModelCatalog } from "./service/model-catalog";
import { createStreamService } from "./service/stream.service";
import { createGatewayMetrics } from "./observability/gateway-metrics";
import { createInvocationTelemetry } from "./observability/invocation-telemetry";
import { withCircuitBreaker } from "./service/circuit-breaker";
import { observeInvocations, observeStreams } from "./service/observed-services";

export interface GatewayOptions {
  port: number;
  host: string;
  production: boolean;
  /** How long close() lets in-flight requests finish before closing their connections. */
  shutdownGraceMs: number;
  /** Bedrock settings with the endpoint already decided (the embedded emulator's, when used). */
  bedrock: BedrockSettings;
  logger: Logger;
  /** Operation and input limits; DEFAULT_LIMITS when absent. */
  limits?: OperationLimits;
  /** The per-model circuit breaker; DEFAULT_BREAKER when absent. */
  breaker?: BreakerSettings;
}

export const DEFAULT_BREAKER: BreakerSettings = { failureThreshold: 5, cooldownMs: 10_000 };

const BREAKER_GAUGE = { closed: 0, "half-open": 1, open: 2 } as const;

export interface RunningGateway {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  close(): Promise<void>;
}

// SigV4 needs some credentials; these sign requests to an emulator, which does not verify them.
const PLACEHOLDER_CREDENTIALS = { accessKeyId: "AKIDLOCALEMULATOR", secretAccessKey: "local-emulator-placeholder" };

/** Wires the SDK client, services, schema and HTTP server, and listens. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { bedrock } = options;
  const client = createBedrockClient({
    region: bedrock.region,
    endpoint: bedrock.endpoint,
    credentials: bedrock.useDefaultCredentials ? null : PLACEHOLDER_CREDENTIALS,
    retryMode: bedrock.retryMode,
    maxAttempts: bedrock.maxAttempts,
    timeoutMs: bedrock.timeoutMs,
    connectTimeoutMs: bedrock.connectTimeoutMs,
    maxSockets: bedrock.maxSockets,
  });
  const limits = options.limits ?? DEFAULT_LIMITS;
  const metrics = createGatewayMetrics();
  const telemetry = createInvocationTelemetry(options.logger, metrics);
  const invoker = withCircuitBreaker(createBedrockInvoker(client, bedrock.timeoutMs), {
    ...(options.breaker ?? DEFAULT_BREAKER),
    onStateChange(modelId, state) {
      metrics.breakerState.set({ model: metrics.modelLabel(modelId) }, BREAKER_GAUGE[state]);
      options.logger.warn({ modelId, breaker: state }, `circuit breaker for ${modelId} is ${state}`);
    },
  });
  const services: Services = {
    invoke: observeInvocations(createInvokeService({ bedrock: invoker, inputLimits: limits }), telemetry),
    stream: observeStreams(createStreamService({ bedrock: invoker, inputLimits: limits }), telemetry),
    catalog: createModelCatalog(),
  };
  let draining = false;
  const app = await createGatewayServer({
    schema: buildGatewaySchema(),
    services,
    logger: options.logger,
    production: options.production,
    limits,
    metrics,
    readinessChecks: [
      { name: "bedrock", check: createReachabilityCheck({ endpoint: bedrock.endpoint, region: bedrock.region, timeoutMs: bedrock.connectTimeoutMs }) },
    ],
    draining: () => draining,
  });
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
      client.destroy();
    },
  };
}
