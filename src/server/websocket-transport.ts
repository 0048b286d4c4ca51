import { randomUUID } from "node:crypto";
import { type WebSocket, type WebsocketHandler } from "@fastify/websocket";
import { GraphQLError } from "graphql";
import { makeHandler } from "graphql-ws/use/@fastify/websocket";
import { type Identity } from "../auth/identity";
import { type SlotCounter } from "../context";
import { AbortedWith, type Failure } from "../lib/failure";
import { type OperationPipeline } from "./operation-pipeline";
import { type Shutdown } from "./shutdown";
import { credentialsFromConnectionParams, credentialsFromHeaders } from "./request-authentication";

export interface WebSocketTransportOptions {
  pipeline: OperationPipeline;
  production: boolean;
  /** Once it begins, a socket closes with 1001 as soon as it runs no operation, so its client reconnects elsewhere. */
  shutdown: Shutdown;
}

/**
 * GraphQL over WebSocket (the graphql-ws protocol, which Apollo Sandbox speaks) on /graphql: the
 * operation pipeline adapted to a socket. The caller is resolved once, at connection_init, from
 * its payload (`{ authorization: "Bearer …" }` or `{ "x-api-key": … }`), else from the upgrade
 * request's headers; a refused credential closes the socket with 4401 Unauthorized before any
 * operation is accepted. A credential that expires (a JWT's `exp`) ends the session then.
 * Each operation gets its own request id (carried by its errors and its
 * invocations' log lines); all of a socket's operations share one abort signal that fires when
 * the socket closes, so one-shot calls made over it stop upstream too. (Subscriptions are also
 * stopped by graphql-ws calling `return()` on their iterators.)
 */
export function createWebSocketHandler({ pipeline, production, shutdown }: WebSocketTransportOptions): WebsocketHandler {
  const callers = new WeakMap<WebSocket, Identity>();
  // Each socket's open streams, so that one page cannot hold every stream its principal may open.
  const socketStreams = new WeakMap<WebSocket, SlotCounter>();
  const socketControllers = new WeakMap<WebSocket, AbortController>();
  const idleChecks = new WeakMap<WebSocket, () => void>();
  const controllerFor = (socket: WebSocket): AbortController => {
    let controller = socketControllers.get(socket);
    if (!controller) {
      const created = new AbortController();
      socket.once("close", () => created.abort(new Error("socket closed")));
      socketControllers.set(socket, created);
      controller = created;
    }
    return controller;
  };
  /**
   * The session ends with its credential: running operations fail with a typed AccessDenied
   * (their streams end with it and complete), then the socket closes with 4401.
   */
  const expire = async (socket: WebSocket, running: () => number) => {
    controllerFor(socket).abort(new AbortedWith(CREDENTIAL_EXPIRED));
    for (let waited = 0; running() > 0 && waited < FINAL_EVENTS_WAIT_MS; waited += 20) await pause(20);
    socket.close(4401, "Unauthorized: the credential expired");
  };
  return makeHandler({
    schema: pipeline.schema,
    isProd: production,
    ...pipeline.execution("websocket"),
    onConnect: async (context) => {
      const { socket } = context.extra;
      const goAwayWhenIdle = () => {
        if (Object.keys(context.subscriptions).length === 0) socket.close(1001, "The gateway replica is shutting down");
      };
      if (shutdown.draining()) {
        goAwayWhenIdle();
        return false;
      }
      shutdown.started.addEventListener("abort", goAwayWhenIdle, { once: true });
      socket.once("close", () => shutdown.started.removeEventListener("abort", goAwayWhenIdle));
      idleChecks.set(socket, goAwayWhenIdle);
      const fromParams = credentialsFromConnectionParams(context.connectionParams);
      const credentials = fromParams.authorization || fromParams.apiKey ? fromParams : credentialsFromHeaders(context.extra.request.headers);
      const caller = await pipeline.authenticate(credentials, "websocket", context.extra.request.ip);
      if (caller instanceof Error) {
        // A close reason may hold at most 123 bytes. 4429: the source made too many failed attempts.
        const lockedOut = caller.extensions.retryAfterSeconds !== undefined;
        socket.close(lockedOut ? 4429 : 4401, `${lockedOut ? "Too many requests" : "Unauthorized"}: ${caller.message}`.slice(0, 120));
        return false;
      }
      callers.set(socket, caller);
      socketStreams.set(socket, pipeline.connectionStreams());
      if (caller.expiresAt !== undefined) {
        const cancel = atTime(caller.expiresAt, () => void expire(socket, () => Object.keys(context.subscriptions).length));
        socket.once("close", cancel);
      }
      return true;
    },
    // graphql-ws forgets the operation just after this; the socket is idle only then.
    onComplete(context) {
      const goAwayWhenIdle = idleChecks.get(context.extra.socket);
      if (shutdown.draining() && goAwayWhenIdle) setImmediate(goAwayWhenIdle);
    },
    onSubscribe(context, _id, payload) {
      const { socket } = context.extra;
      const caller = callers.get(socket);
      // graphql-ws runs no operation before onConnect has acknowledged the connection.
      if (!caller) throw new Error("WebSocket operation before its connection was authenticated");
      const requestId = randomUUID();
      // Each operation checks the credential again: none starts once it has expired.
      if (caller.expiresAt !== undefined && caller.expiresAt <= Date.now()) {
        void expire(socket, () => Object.keys(context.subscriptions).length);
        return [new GraphQLError("The credential has expired", { extensions: { code: "UNAUTHENTICATED", requestId } })];
      }
      const admitted = pipeline.admit("websocket", requestId, payload, caller);
      if (!admitted.ok) return admitted.failure.errors;
      return {
        schema: pipeline.schema,
        document: admitted.value,
        operationName: payload.operationName ?? null,
        variableValues: payload.variables ?? null,
        contextValue: pipeline.context(requestId, controllerFor(socket).signal, caller, socketStreams.get(socket) ?? null),
      };
    },
  });
}

const CREDENTIAL_EXPIRED: Failure = {
  kind: "AccessDenied",
  source: "GATEWAY",
  message: "The caller's credential expired during the operation; connect again with a new one",
};

// How long running operations get to send their last event before the socket closes.
const FINAL_EVENTS_WAIT_MS = 2_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// setTimeout takes at most 2^31-1 ms (about 24.8 days); longer waits are made of several.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Runs `act` at the wall-clock time `when` (ms since the epoch); the returned function cancels it. */
function atTime(when: number, act: () => void): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = when - Date.now();
    timer = left > LONGEST_TIMER_MS ? setTimeout(arm, LONGEST_TIMER_MS) : setTimeout(act, Math.max(0, left));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
