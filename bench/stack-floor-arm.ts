import "reflect-metadata";
import { createAccessPolicy, OPEN_POLICY_DOCUMENT } from "../src/auth/access-policy";
import { createBedrockClient } from "../src/bedrock/bedrock-invoker";
import { loadConfig } from "../src/config/load-config";
import { createSlotCounter } from "../src/service/slot-counter";
import { type Services } from "../src/context";
import { ok } from "../src/lib/result";
import { createGatewayMetrics } from "../src/observability/gateway-metrics";
import { createLogger } from "../src/observability/logger";
import { buildGatewaySchema } from "../src/schema/build-schema";
import { createGatewayServer } from "../src/server/create-gateway-server";
import { createCallerRights } from "../src/service/caller-rights";
import { createInvocationLoaders } from "../src/service/invocation-loader";
import { type InvokeService } from "../src/service/invoke.service";
import { loadModelCatalog } from "../src/service/load-model-catalog";
import { createModelCatalog } from "../src/service/model-catalog";
import { type StreamEvent } from "../src/service/stream-event.types";
import { type StreamService } from "../src/service/stream.service";
import { createShutdown } from "../src/server/shutdown";
import { createTrustedDocuments } from "../src/server/trusted-documents";
import { BENCH_CREDENTIALS, sendBaselineCall } from "./baseline-call";
import { BENCH_MODEL, benchClientSettings } from "./bench-settings";

/**
 * Arm (c), for locating the gap between (a) and (b): the gateway's own HTTP server, schema,
 * plugins and per-operation DataLoader, with the service layer cut out. Its invoke service
 * sends the baseline's SDK call and maps the reply straight to a result: no validation,
 * codecs, policy, limits, breaker, failover or invocation log. What it costs over the baseline
 * is the price of fastify + Apollo + type-graphql for this operation.
 */
async function main(): Promise<void> {
  const endpoint = process.argv[2]!;
  const client = createBedrockClient({ ...benchClientSettings, endpoint, credentials: BENCH_CREDENTIALS });
  const invoke: InvokeService = {
    async invoke(input) {
      const { text, requestId, attempts, raw } = await sendBaselineCall(client, input.text?.prompt ?? "");
      return ok({
        modelId: BENCH_MODEL,
        requestId,
        latencyMs: 0,
        modelLatencyMs: null,
        attempts,
        region: null,
        costUsd: null,
        output: {
          modality: "TEXT",
          text,
          stopReason: null,
          finishReason: "OTHER",
          toolCalls: [],
          reasoning: null,
          usage: { inputTokens: null, outputTokens: null },
        },
        raw,
        cached: false,
      });
    },
  };
  const notServed: StreamEvent = {
    kind: "failed",
    failure: { kind: "Validation", source: "GATEWAY", message: "the stack-floor arm serves invokeModel only" },
  };
  const stream: StreamService = {
    async *stream() {
      yield notServed;
    },
  };
  const policy = createAccessPolicy(OPEN_POLICY_DOCUMENT);
  const services: Services = {
    invoke,
    stream,
    catalog: createModelCatalog(loadModelCatalog(null)),
    rights: createCallerRights(policy),
    invocationLoaders: createInvocationLoaders({ invoke, maxInputsPerOperation: 1, maxJsonDepth: 64 }),
    connectionStreams: () => createSlotCounter(8),
  };
  const { app } = await createGatewayServer({
    schema: buildGatewaySchema(),
    services,
    logger: createLogger("info", "/dev/null"),
    production: true,
    authenticate: async () => ({ id: "anonymous", groups: [], method: "anonymous", tenant: null }),
    limits: loadConfig({}).limits,
    metrics: createGatewayMetrics(),
    tracing: null,
    readinessChecks: [],
    shutdown: createShutdown(),
    corsOrigins: [],
    trustProxy: false,
    trustedDocuments: createTrustedDocuments({ manifest: new Map(), only: false, mayRunAnyOperation: () => true }),
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  process.stdout.write(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/graphql\n`);
  process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
}

void main();
