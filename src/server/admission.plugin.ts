import { type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { type RequestContext } from "../context";
import { type OperationPipeline } from "./operation-pipeline";

const SUBSCRIPTION_OVER_HTTP = new GraphQLError(
  "Subscriptions run over WebSocket (graphql-ws, on /graphql) or Server-Sent Events (/graphql/stream), not plain HTTP",
  { extensions: { code: "BAD_REQUEST", http: { status: 400 } } },
);

/**
 * Apollo's side of the pipeline's admission: an operation is refused once it is resolved (a
 * trusted document's hash turned into its text by Apollo's persisted-query cache) when the
 * replica is shutting down or the caller may not run its text, as WebSocket and SSE refuse it in
 * `admit`; and it is counted as running until its answer is sent, so shutdown waits for it.
 */
export function admissionPlugin(pipeline: OperationPipeline): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, contextValue, operation }) {
          // A plain HTTP answer cannot carry a stream; Apollo would run the subscription as a query and fail.
          if (operation?.operation === "subscription") throw SUBSCRIPTION_OVER_HTTP;
          const refusal = pipeline.refusal(source, contextValue.caller);
          if (refusal !== null) throw refusal.errors[0];
        },
      };
    },
  };
}
