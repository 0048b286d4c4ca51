import { type ApolloServerPlugin } from "@apollo/server";
import { type RequestContext } from "../../context";
import { isTokenLimitError } from "./operation-checks";
import { type OperationLimitName } from "./operation-limit.rules";

/**
 * Apollo parses with our maxTokens but reports a passed limit as a plain syntax error; this
 * names the limit, as WebSocket and SSE answers do, and counts the rejection.
 */
export function tokenLimitPlugin(onRejected: (limit: OperationLimitName) => void = () => undefined): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let refused = false;
      return {
        async parsingDidStart() {
          return async (error) => {
            if (error && isTokenLimitError(error)) {
              refused = true;
              onRejected("tokens");
            }
          };
        },
        async willSendResponse({ response }) {
          if (!refused || response.body.kind !== "single" || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, limit: "tokens" },
          }));
        },
      };
    },
  };
}
