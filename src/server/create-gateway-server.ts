import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import fastifyWebsocket from "@fastify/websocket";
import Fastify, { LogController } from "fastify";
import { type GraphQLSchema } from "graphql";
import { type Logger } from "pino";
import { createRequestContext, type RequestContext, type Services } from "../context";
import { disconnectSignal } from "./disconnect-signal";
import { errorLoggingPlugin, formatGatewayError } from "./error-masking.plugin";
import { credentialsFromHeaders, type AuthenticateRequest } from "./request-authentication";
import { createServerSentEventsHandler } from "./sse-transport";
import { createWebSocketHandler } from "./websocket-transport";

export interface GatewayServerOptions {
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  /** Production turns off the Sandbox landing page and introspection. */
  production: boolean;
  /** Resolves the caller of each request or connection; a refusal answers 401 before anything executes. */
  authenticate: AuthenticateRequest;
}

/**
 * One fastify app serving the schema three ways: HTTP GET/POST and WebSocket (graphql-ws) on
 * /graphql, and Server-Sent Events on /graphql/stream.
 */
export async function createGatewayServer(options: GatewayServerOptions) {
  const app = Fastify({
    loggerInstance: options.logger,
    genReqId: () => randomUUID(),
    // One log line per invocation comes from the service layer; per-request lines would double it.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: !options.production,
    // main.ts owns shutdown; Apollo's own handler would re-raise the signal and skip ours.
    stopOnTerminationSignals: false,
    formatError: formatGatewayError,
    plugins: [
      fastifyApolloDrainPlugin(app),
      errorLoggingPlugin(options.logger),
      options.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();
  await app.register(fastifyWebsocket);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  const httpHandler = fastifyApolloHandler(apollo, {
    context: async (request, reply) => {
      const caller = await options.authenticate(credentialsFromHeaders(request.headers), "http");
      // Apollo answers a GraphQLError thrown here with its extensions' HTTP status (401) as is.
      if (caller instanceof Error) throw caller;
      return createRequestContext(options.services, request.id, disconnectSignal(reply), caller);
    },
  });
  // The GET route also takes WebSocket upgrades, so Sandbox's subscriptions use the same URL.
  app.route({
    method: "GET",
    url: "/graphql",
    handler: httpHandler,
    wsHandler: createWebSocketHandler(options.schema, options.services, options.production, options.authenticate),
  });
  app.route({ method: ["POST", "OPTIONS"], url: "/graphql", handler: httpHandler });
  const sseHandler = createServerSentEventsHandler(options.schema, options.services, options.authenticate);
  app.route({ method: ["GET", "POST", "PUT", "DELETE"], url: "/graphql/stream", handler: (request, reply) => sseHandler(request, reply) });
  return app;
}
