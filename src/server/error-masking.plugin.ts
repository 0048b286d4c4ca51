import { type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { type GraphQLFormattedError, GraphQLError } from "graphql";
import { type RequestContext } from "../context";
import { type OperationPipeline } from "./operation-pipeline";

/** Expected failures travel as union members, so a thrown error that is not a GraphQLError is a bug. */
export function isBug(error: unknown): boolean {
  return !(unwrapResolverError(error) instanceof GraphQLError);
}

// graphql-js ends many messages with what the schema holds ("Did you mean "model"?"); in
// production that tells a prober the schema that introspection is refused to reveal.
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/** A message without graphql-js's suggestion of schema names. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, "");
}

/**
 * How every top-level error reaches a client, over any transport: a bug as a generic message
 * (the log gets everything), any other error as it is; in production without suggestions.
 */
export function gatewayErrorFormatter({ production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isBug(error)) {
      return { message: "Internal server error", ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    return production ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted;
  };
}

/**
 * Apollo's side of the pipeline's error step: Apollo formats each error with
 * `gatewayErrorFormatter` (it has no request context there), and this plugin logs the bugs and adds
 * the request id, as `OperationPipeline.maskErrors` does for graphql-ws and graphql-sse.
 */
export function errorMaskingPlugin(pipeline: OperationPipeline): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          pipeline.reportBugs(errors, contextValue.requestId);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
