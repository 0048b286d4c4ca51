import { type ApolloServerPlugin } from "@apollo/server";
import { trace } from "@opentelemetry/api";
import { type RequestContext } from "../context";
import { describeOperation } from "./operation-span";

/** Names the request's span for its GraphQL operation (`mutation Invoke`), as trace views list them. */
export function operationTracingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const span = trace.getActiveSpan();
          if (!span || !operation) return;
          const { spanName, attributes } = describeOperation(operation.operation, operationName);
          span.setAttributes(attributes);
          span.updateName(spanName);
        },
      };
    },
  };
}
