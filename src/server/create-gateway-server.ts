import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import fastifyWebsocket from "@fastify/websocket";
import Fastify, { LogController, type RouteHandlerMethod } from "fastify";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { type Logger } from "pino";
import { type OperationLimits } from "../config/limits.settings";
import { type GatewayMetrics } from "../observability/gateway-metrics";
import { type Tracing } from "../observability/tracing";
import { type RequestContext, type Services } from "../context";
import { disconnectSignal } from "./disconnect-signal";
import { errorMaskingPlugin, gatewayErrorFormatter } from "./error-masking.plugin";
import { createOperationChecks } from "./limits/operation-checks";
import { tokenLimitPlugin } from "./limits/token-limit.plugin";
import { closeGracefully } from "./graceful-close";
import { healthRoutes, type ReadinessCheck } from "./health.routes";
import { metricsRoute } from "./metrics.route";
import { operationMetricsPlugin } from "./operation-metrics.plugin";
import { createOperationPipeline } from "./operation-pipeline";
import { operationTracingPlugin } from "./operation-tracing.plugin";
import { registerCrossOrigin } from "./cross-origin";
import { credentialsFromHeaders, type AuthenticateRequest } from "./request-authentication";
import { createServerSentEventsHandler } from "./sse-transport";
import { tracedRoute } from "./traced-route";
import { trustedDocumentsCache, type TrustedDocuments } from "./trusted-documents";
import { type Shutdown } from "./shutdown";
import { admissionPlugin } from "./admission.plugin";

import { createWebSocketHandler } from "./websocket-transport";

export interface GatewayServerOptions {
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  /** Production turns off the Sandbox landing page and introspection. */
  production: boolean;
  /** Resolves the caller of each request or connection; a refusal answers 401 before anything executes. */
  authenticate: AuthenticateRequest;
  limits: OperationLimits;
  metrics: GatewayMetrics;
  /** With tracing, each HTTP and SSE request is a span, continuing the caller's W3C trace; null: none. */
  tracing: Tracing | null;
  /** What /readyz waits for. */
  readinessChecks: ReadinessCheck[];
  /** Begun on SIGTERM: /readyz answers 503, new operations are refused, running ones end at its deadline. */
  shutdown: Shutdown;
  /** Browser origins allowed across origins (CORS_ORIGINS patterns). */
  corsOrigins: string[];
  /** The trusted-documents manifest (empty without TRUSTED_DOCUMENTS_FILE) and whether it is all some callers may run. */
  trustedDocuments: TrustedDocuments;
}

/**
 * One fastify app serving the schema three ways: HTTP GET/POST and WebSocket (graphql-ws) on
 * /graphql, and Server-Sent Events on /graphql/stream.
 */
export async function createGatewayServer(options: GatewayServerOptions) {
  const onRejected = (limit: string) => options.metrics.limitRejections.inc({ limit });
  const checks = createOperationChecks({ limits: options.limits, production: options.production, onRejected });
  const pipeline = createOperationPipeline({ ...options, checks });
  const app = Fastify({
    loggerInstance: options.logger,
    // A larger body is refused with 413 before it is parsed.
    bodyLimit: options.limits.maxBodyBytes,
    genReqId: () => randomUUID(),
    // One log line per invocation comes from the service layer; per-request lines would double it.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: !options.production,
    // Refuse "simple" requests a browser would send cross-site without a preflight (Apollo's default; said here so it stays on).
    csrfPrevention: true,
    validationRules: checks.rules,
    parseOptions: checks.parseOptions,
    // With a manifest, a hash resolves to its trusted document; without one, Apollo's own cache of registered texts.
    ...(options.trustedDocuments.size > 0 ? { persistedQueries: { cache: trustedDocumentsCache(options.trustedDocuments) } } : {}),
    // main.ts owns shutdown; Apollo's own handler would re-raise the signal and skip ours.
    stopOnTerminationSignals: false,
    formatError: gatewayErrorFormatter({ production: options.production }),
    // A stack trace names server paths; the request id in every error is what to quote.
    includeStacktraceInErrorResponses: false,
    plugins: [
      fastifyApolloDrainPlugin(app),
      // The schema sets no cache hints, and the default cache-control plugin would wrap every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      errorMaskingPlugin(pipeline),
      tokenLimitPlugin(onRejected),
      admissionPlugin(pipeline),
      operationMetricsPlugin(pipeline),
      ...(options.tracing ? [operationTracingPlugin(pipeline)] : []),
      options.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: options.limits.maxBodyBytes } });
  await registerCrossOrigin(app, options.corsOrigins);

  const traced = (route: string, handler: RouteHandlerMethod) => (options.tracing ? tracedRoute(options.tracing, route, handler) : handler);
  const apolloHandler = fastifyApolloHandler(apollo, {
    context: async (request, reply) => {
      const caller = await pipeline.authenticate(credentialsFromHeaders(request.headers), "http", request.ip);
      // Apollo answers a GraphQLError thrown here with its extensions' HTTP status (401) and the
      // rest of its extensions: the same body as unauthenticatedBody gives SSE.
      if (caller instanceof Error) throw new GraphQLError(caller.message, { extensions: { ...caller.extensions, requestId: request.id } });
      return pipeline.context(request.id, disconnectSignal(reply), caller);
    },
  });
  const httpHandler = traced("/graphql", apolloHandler);
  // The GET route also takes WebSocket upgrades, so Sandbox's subscriptions use the same URL.
  app.route({
    method: "GET",
    url: "/graphql",
    handler: httpHandler,
    wsHandler: createWebSocketHandler({ pipeline, production: options.production, shutdown: options.shutdown }),
  });
  app.route({ method: "POST", url: "/graphql", handler: httpHandler });
  const sseHandler = createServerSentEventsHandler(pipeline);
  app.route({
    method: ["GET", "POST", "PUT", "DELETE"],
    url: "/graphql/stream",
    handler: traced("/graphql/stream", (request, reply) => sseHandler(request, reply)),
  });
  await app.register(healthRoutes({ checks: options.readinessChecks, draining: options.shutdown.draining }));
  await app.register(metricsRoute(options.metrics.registry));
  return { app, close: (graceMs: number) => closeGracefully(app, pipeline, options.shutdown, graceMs) };
}
