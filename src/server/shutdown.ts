import { setMaxListeners } from "node:events";
import { GraphQLError } from "graphql";
import { AbortedWith, type Failure } from "../lib/failure";

/** What an operation still running at the shutdown deadline ends with: a typed, retryable error. */
export const SHUT_DOWN: Failure = {
  kind: "ServiceUnavailable",
  source: "GATEWAY",
  message: "The gateway replica shut down before the operation ended; send it again (another replica will take it)",
};

/**
 * A replica's shutdown, as the server and its operations see it. It begins on SIGTERM: readiness
 * answers 503, new operations are refused (`refusal`), idle WebSockets close with 1001, and
 * operations in flight go on. At the deadline (`cutOff`) every operation still running ends with
 * SHUT_DOWN: a stream's last event is a ServiceUnavailableError, then `complete`.
 */
export interface Shutdown {
  draining(): boolean;
  /** Aborts when shutdown begins. */
  readonly started: AbortSignal;
  /** Aborts at the deadline with `AbortedWith(SHUT_DOWN)`; every operation's signal follows it. */
  readonly deadline: AbortSignal;
  begin(): void;
  cutOff(): void;
  /** The refusal of an operation that arrives once shutdown began, or null. */
  refusal(): GraphQLError | null;
}

export function createShutdown(): Shutdown {
  const started = new AbortController();
  const deadline = new AbortController();
  // Every open WebSocket and running operation listens to these: many listeners are expected.
  setMaxListeners(0, started.signal, deadline.signal);
  return {
    draining: () => started.signal.aborted,
    started: started.signal,
    deadline: deadline.signal,
    begin: () => started.abort(),
    cutOff: () => deadline.abort(new AbortedWith(SHUT_DOWN)),
    refusal: () =>
      started.signal.aborted
        ? new GraphQLError("The gateway replica is shutting down and takes no new operations; send it again (another replica will take it)", {
            extensions: { code: "SHUTTING_DOWN", http: { status: 503, headers: new Map([["retry-after", "1"]]) } },
          })
        : null,
  };
}
