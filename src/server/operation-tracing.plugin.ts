import { type ApolloServerPlugin } from "@apollo/server";
import { trace } from "@opentelemetry/api";
import { type RequestContext } from "../context";
import { type OperationPipeline } from "./operation-pipeline";

/** Apollo's side of the pipeline's trace step: names the request's span for its GraphQL operation. */
export function operationTracingPlugin(pipeline: OperationPipeline): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const span = trace.getActiveSpan();
          if (span && operation) pipeline.nameSpan(span, operation.operation, operationName);
        },
      };
    },
  };
}
