import { type GatewayApp } from "./gateway-app";
import { type OperationPipeline } from "./operation-pipeline";
import { type Shutdown } from "./shutdown";

// How long operations cut off at the deadline get to send their last event, and how long closing
// connections may take before they are cut: both come out of the grace period.
const FLUSH_MS = 300;
const CLOSE_MS = 300;
// How long the listener stays open after shutdown begins, at least (never past the grace period):
// a balancer's health checks see /readyz answer 503 and stop sending before connections are
// refused, so no request is written onto a connection that is about to close.
const LISTENER_MIN_DRAIN_MS = 2_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Closes the server the way a load balancer needs it, within `graceMs`. Shutdown begins:
 * /readyz answers 503 while the listener still takes connections (for two seconds at least),
 * new operations are refused with SHUTTING_DOWN, every answer closes its connection, idle
 * WebSockets close with 1001 (the WebSocket transport does that), and running operations go on.
 * When none runs and the listener has drained, or at the deadline, what still runs ends with a
 * typed ServiceUnavailableError (a stream's last event, then `complete`), every WebSocket closes
 * with 1001 Going Away, and the listener closes.
 */
export async function closeGracefully(app: GatewayApp, pipeline: OperationPipeline, shutdown: Shutdown, graceMs: number): Promise<void> {
  shutdown.begin();
  const began = Date.now();
  // A grace period shorter than the margins splits them: a quarter each to flush and to close.
  const flushMs = Math.min(FLUSH_MS, graceMs / 4);
  const closeMs = Math.min(CLOSE_MS, graceMs / 4);
  const cutOffAt = began + graceMs - flushMs - closeMs;
  const listenUntil = Math.min(began + LISTENER_MIN_DRAIN_MS, cutOffAt);
  while ((pipeline.running() > 0 || Date.now() < listenUntil) && Date.now() < cutOffAt) await pause(25);
  if (pipeline.running() > 0) {
    shutdown.cutOff();
    for (const flushedBy = Date.now() + flushMs; pipeline.running() > 0 && Date.now() < flushedBy;) await pause(10);
  }
  const sockets = [...app.websocketServer.clients];
  for (const socket of sockets) socket.close(1001, "The gateway replica is shutting down");
  const cut = setTimeout(() => {
    app.server.closeAllConnections();
    for (const socket of sockets) socket.terminate();
  }, closeMs);
  await app.close();
  clearTimeout(cut);
}
