import { GraphQLError } from "graphql";
import { type Logger } from "pino";
import { formatGatewayError } from "./error-masking.plugin";

/**
 * What Apollo's formatError and errorLoggingPlugin do for HTTP, for the errors graphql-ws and
 * graphql-sse deliver: a bug is logged in full and reaches the client as "Internal server
 * error"; every error carries the request id to quote.
 */
export function maskedErrors(errors: readonly GraphQLError[], requestId: string, logger: Logger): GraphQLError[] {
  return errors.map((error) => {
    const cause = error.originalError ?? error;
    if (!(cause instanceof GraphQLError)) {
      logger.error({ requestId, err: cause, path: error.path }, "unexpected error in resolver");
    }
    const formatted = formatGatewayError(error.toJSON(), error);
    return new GraphQLError(formatted.message, {
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...formatted.extensions, requestId },
    });
  });
}
