import { getOperationAST, type DocumentNode } from "graphql";
import { type GatewayMetrics } from "../observability/gateway-metrics";

/**
 * Counts one operation arriving over WebSocket or SSE: `ok` once it passed parsing and the
 * limit checks and starts executing, `error` (type `unknown`) when it was refused before that.
 * (Over HTTP, Apollo's plugin counts it when the response is sent.)
 */
export function countStreamedOperation(
  metrics: GatewayMetrics,
  transport: "websocket" | "sse",
  accepted: { document: DocumentNode; operationName?: string | null } | null,
): void {
  const type = accepted ? (getOperationAST(accepted.document, accepted.operationName ?? undefined)?.operation ?? "unknown") : "unknown";
  metrics.operations.inc({ type, outcome: accepted ? "ok" : "error", transport });
}
