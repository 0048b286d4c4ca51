import { type ApolloServerPlugin } from "@apollo/server";
import { trace } from "@opentelemetry/api";
import { type RequestContext } from "../context";

/** Names the request's span for its GraphQL operation (`mutation Invoke`), as trace views list them. */
export function operationTracingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const span = trace.getActiveSpan();
          if (!span || !operation) return;
          span.setAttribute("graphql.operation.type", operation.operation);
          if (operationName) span.setAttribute("graphql.operation.name", operationName);
          span.updateName(`${operation.operation} ${operationName ?? "(anonymous)"}`);
        },
      };
    },
  };
}
