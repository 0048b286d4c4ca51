import { type ApolloServerPlugin } from "@apollo/server";
import { type RequestContext } from "../context";
import { type OperationPipeline } from "./operation-pipeline";

/** Apollo's side of the pipeline's count step: once per HTTP operation, when its answer is sent. */
export function operationMetricsPlugin(pipeline: OperationPipeline): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          pipeline.count("http", operation?.operation ?? "unknown", Boolean(errors?.length));
        },
      };
    },
  };
}
