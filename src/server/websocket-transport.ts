import { randomUUID } from "node:crypto";
import { type WebSocket, type WebsocketHandler } from "@fastify/websocket";
import { type GraphQLSchema } from "graphql";
import { makeHandler } from "graphql-ws/use/@fastify/websocket";
import { createRequestContext, type Services } from "../context";

/**
 * GraphQL over WebSocket (the graphql-ws protocol, which Apollo Sandbox speaks) on /graphql.
 * Each operation gets its own request id; all of a socket's operations share one abort signal
 * that fires when the socket closes, so one-shot calls made over it stop upstream too.
 * (Subscriptions are also stopped by graphql-ws calling `return()` on their iterators.)
 */
export function createWebSocketHandler(schema: GraphQLSchema, services: Services, production: boolean): WebsocketHandler {
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
    context: (context) => createRequestContext(services, randomUUID(), signalFor(context.extra.socket)),
  });
}
