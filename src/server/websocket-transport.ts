import { randomUUID } from "node:crypto";
import { type WebSocket, type WebsocketHandler } from "@fastify/websocket";
import { type GraphQLSchema } from "graphql";
import { makeHandler } from "graphql-ws/use/@fastify/websocket";
import { type Logger } from "pino";
import { type Identity } from "../auth/identity";
import { createRequestContext, type RequestContext, type Services } from "../context";
import { type GatewayMetrics } from "../observability/gateway-metrics";
import { type Tracing } from "../observability/tracing";
import { type OperationChecks } from "./limits/operation-checks";
import { admitStreamedOperation } from "./streamed-operation";
import { maskedErrors } from "./masked-errors";
import { credentialsFromConnectionParams, credentialsFromHeaders, type AuthenticateRequest } from "./request-authentication";
import { tracedWebSocketExecution } from "./websocket-tracing";

export interface WebSocketTransportOptions {
  schema: GraphQLSchema;
  services: Services;
  production: boolean;
  /** The same parse and validation as HTTP: graphql-ws would otherwise use plain graphql-js. */
  checks: OperationChecks;
  logger: Logger;
  metrics: GatewayMetrics;
  /** Resolves the caller once per connection; a refusal closes the socket. */
  authenticate: AuthenticateRequest;
  /** With tracing, each operation runs in a span of its own. */
  tracing: Tracing | null;
}

/**
 * GraphQL over WebSocket (the graphql-ws protocol, which Apollo Sandbox speaks) on /graphql.
 * Each operation gets its own request id; all of a socket's operations share one abort signal
 * that fires when the socket closes, so one-shot calls made over it stop upstream too.
 * (Subscriptions are also stopped by graphql-ws calling `return()` on their iterators.)
 * The caller is resolved once, at connection_init, from its payload (`{ authorization: "Bearer …" }`
 * or `{ "x-api-key": … }`), else from the upgrade request's headers; a refused credential closes
 * the socket with 4401 Unauthorized before any operation is accepted.
 */
export function createWebSocketHandler({
  schema,
  services,
  production,
  checks,
  logger,
  metrics,
  authenticate,
  tracing,
}: WebSocketTransportOptions): WebsocketHandler {
  const callers = new WeakMap<WebSocket, Identity>();
  const socketSignals = new WeakMap<WebSocket, AbortSignal>();
  const signalFor = (socket: WebSocket): AbortSignal => {
    let signal = socketSignals.get(socket);
    if (!signal) {
      const controller = new AbortController();
      socket.once("close", () => controller.abort(new Error("socket closed")));
      signal = controller.signal;
      socketSignals.set(socket, signal);
    }
    return signal;
  };
  return makeHandler({
    schema,
    isProd: production,
    ...(tracing ? tracedWebSocketExecution(tracing) : {}),
    onConnect: async (context) => {
      const fromParams = credentialsFromConnectionParams(context.connectionParams);
      const credentials = fromParams.authorization || fromParams.apiKey ? fromParams : credentialsFromHeaders(context.extra.request.headers);
      const caller = await authenticate(credentials, "websocket");
      if (caller instanceof Error) {
        // A close reason may hold at most 123 bytes.
        context.extra.socket.close(4401, `Unauthorized: ${caller.message}`.slice(0, 120));
        return false;
      }
      callers.set(context.extra.socket, caller);
      return true;
    },
    onSubscribe(context, _id, payload) {
      const caller = callers.get(context.extra.socket);
      // graphql-ws runs no operation before onConnect has acknowledged the connection.
      if (!caller) throw new Error("WebSocket operation before its connection was authenticated");
      const admitted = admitStreamedOperation({ checks, schema, metrics }, "websocket", payload.query, payload.operationName);
      if (!admitted.ok) return admitted.failure;
      return {
        schema,
        document: admitted.value,
        operationName: payload.operationName ?? null,
        variableValues: payload.variables ?? null,
        contextValue: createRequestContext(services, randomUUID(), signalFor(context.extra.socket), caller),
      };
    },
    onNext(_context, _id, _payload, args, result) {
      if (!result.errors?.length) return;
      const errors = maskedErrors(result.errors, (args.contextValue as RequestContext).requestId, logger);
      return { ...result, errors: errors.map((error) => error.toJSON()) };
    },
  });
}
