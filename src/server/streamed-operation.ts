import { getOperationAST, type DocumentNode, type GraphQLError, type GraphQLSchema } from "graphql";
import { fail, ok, type Result } from "../lib/result";
import { type GatewayMetrics } from "../observability/gateway-metrics";
import { type OperationChecks } from "./limits/operation-checks";

/**
 * Admits one operation arriving over WebSocket or SSE: parsed and validated with the same
 * checks Apollo uses over HTTP, and counted — `ok` once it passed and starts executing,
 * `error` (type `unknown`) when refused. (Over HTTP, Apollo's plugin counts it when the
 * response is sent.) Each transport answers a refusal in its own way.
 */
export function admitStreamedOperation(
  { checks, schema, metrics }: { checks: OperationChecks; schema: GraphQLSchema; metrics: GatewayMetrics },
  transport: "websocket" | "sse",
  query: string,
  operationName: string | null | undefined,
): Result<DocumentNode, readonly GraphQLError[]> {
  const document = checks.parse(query);
  const errors = "kind" in document ? checks.validate(schema, document) : document;
  if (!("kind" in document) || errors.length > 0) {
    metrics.operations.inc({ type: "unknown", outcome: "error", transport });
    return fail(errors);
  }
  const type = getOperationAST(document, operationName ?? undefined)?.operation ?? "unknown";
  metrics.operations.inc({ type, outcome: "ok", transport });
  return ok(document);
}
