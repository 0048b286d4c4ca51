import { randomUUID } from "node:crypto";
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import fastifyWebsocket from "@fastify/websocket";
import Fastify, { LogController, type RouteHandlerMethod } from "fastify";
import { GraphQLError } from "graphql";
import { createApolloServer, createPipeline, type PipelineOptions } from "./apollo-server";
import { registerCrossOrigin } from "./cross-origin";
import { disconnectSignal } from "./disconnect-signal";
import { closeGracefully } from "./graceful-close";
import { healthRoutes, type ReadinessCheck } from "./health.routes";
import { admitLargeBodies } from "./large-body-admission";
import { metricsRoute } from "./metrics.route";
import { credentialsFromHeaders } from "./request-authentication";
import { createServerSentEventsHandler } from "./sse-transport";
import { tracedRoute } from "./traced-route";
import { createWebSocketHandler } from "./websocket-transport";

/**
 * Besides the pipeline's: production turns off the Sandbox landing page and introspection;
 * `authenticate` answers a refused credential with 401 before anything executes; with
 * `tracing`, each HTTP and SSE request is a span continuing the caller's W3C trace; `shutdown`
 * begins on SIGTERM (/readyz answers 503, new operations are refused, running ones end at its deadline).
 */
export interface GatewayServerOptions extends PipelineOptions {
  /** What /readyz waits for. */
  readinessChecks: ReadinessCheck[];
  /** Browser origins allowed across origins (CORS_ORIGINS patterns). */
  corsOrigins: string[];
  /** TRUST_PROXY: whose X-Forwarded-For gives `request.ip`. */
  trustProxy: boolean | number | string[];
}

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

/**
 * One fastify app serving the schema three ways: HTTP GET/POST and WebSocket (graphql-ws) on
 * /graphql, and Server-Sent Events on /graphql/stream.
 */
export async function createGatewayServer(options: GatewayServerOptions) {
  const { pipeline, checks, onRejected } = createPipeline(options);
  const app = Fastify({
    loggerInstance: options.logger,
    // A number of hops, as a function: the trust check proxy-addr runs for each hop from the socket.
    trustProxy: typeof options.trustProxy === "number" ? trustHops(options.trustProxy) : options.trustProxy,
    // A larger body is refused with 413 before it is parsed.
    bodyLimit: options.limits.maxBodyBytes,
    genReqId: () => randomUUID(),
    // One log line per invocation comes from the service layer; per-request lines would double it.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const apollo = createApolloServer({ ...options, pipeline, checks, onRejected, extraPlugins: [fastifyApolloDrainPlugin(app)] });
  await apollo.start();
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    // While draining, no connection is kept alive for a request that could no longer be served.
    if (options.shutdown.draining()) reply.header("connection", "close");
    done();
  });
  admitLargeBodies(app, pipeline);
  await app.register(fastifyWebsocket, { options: { maxPayload: options.limits.maxBodyBytes } });
  await registerCrossOrigin(app, options.corsOrigins);

  const traced = (route: string, handler: RouteHandlerMethod) => (options.tracing ? tracedRoute(options.tracing, route, handler) : handler);
  const apolloHandler = fastifyApolloHandler(apollo, {
    context: async (request, reply) => {
      // Running until its response is done or the client goes away: shutdown waits for it.
      reply.raw.once("close", pipeline.track());
      const caller = await pipeline.authenticate(credentialsFromHeaders(request.headers), "http", request.ip);
      // Apollo answers a GraphQLError thrown here with its extensions' HTTP status (401) and the
      // rest of its extensions: the same body as sendUnauthenticated gives SSE.
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
