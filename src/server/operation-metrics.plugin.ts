import { type ApolloServerPlugin } from "@apollo/server";
import { type RequestContext } from "../context";
import { type GatewayMetrics } from "../observability/gateway-metrics";

/** Counts HTTP operations by type (query, mutation, …; `unknown` when refused before that was known) and outcome. */
export function operationMetricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          metrics.operations.inc({ type: operation?.operation ?? "unknown", outcome: errors?.length ? "error" : "ok", transport: "http" });
        },
      };
    },
  };
}
