import { randomUUID } from "node:crypto";
import { type WebSocket, type WebsocketHandler } from "@fastify/websocket";
import { makeHandler } from "graphql-ws/use/@fastify/websocket";
import { type Identity } from "../auth/identity";
import { type OperationPipeline } from "./operation-pipeline";
import { credentialsFromConnectionParams, credentialsFromHeaders } from "./request-authentication";

export interface WebSocketTransportOptions {
  pipeline: OperationPipeline;
  production: boolean;
}

/**
 * GraphQL over WebSocket (the graphql-ws protocol, which Apollo Sandbox speaks) on /graphql: the
 * operation pipeline adapted to a socket. The caller is resolved once, at connection_init, from
 * its payload (`{ authorization: "Bearer …" }` or `{ "x-api-key": … }`), else from the upgrade
 * request's headers; a refused credential closes the socket with 4401 Unauthorized before any
 * operation is accepted. Each operation gets its own request id (carried by its errors and its
 * invocations' log lines); all of a socket's operations share one abort signal that fires when
 * the socket closes, so one-shot calls made over it stop upstream too. (Subscriptions are also
 * stopped by graphql-ws calling `return()` on their iterators.)
 */
export function createWebSocketHandler({ pipeline, production }: WebSocketTransportOptions): WebsocketHandler {
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
    schema: pipeline.schema,
    isProd: production,
    ...pipeline.execution("websocket"),
    onConnect: async (context) => {
      const fromParams = credentialsFromConnectionParams(context.connectionParams);
      const credentials = fromParams.authorization || fromParams.apiKey ? fromParams : credentialsFromHeaders(context.extra.request.headers);
      const caller = await pipeline.authenticate(credentials, "websocket");
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
      const requestId = randomUUID();
      const admitted = pipeline.admit("websocket", requestId, payload.query);
      if (!admitted.ok) return admitted.failure;
      return {
        schema: pipeline.schema,
        document: admitted.value,
        operationName: payload.operationName ?? null,
        variableValues: payload.variables ?? null,
        contextValue: pipeline.context(requestId, signalFor(context.extra.socket), caller),
      };
    },
  });
}
