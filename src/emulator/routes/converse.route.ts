import { answerConverse } from "../engines/answer-converse";
import { admitModelCall, type ModelCallServices } from "../model-call-admission";
import { type Route } from "../route.types";

/**
 * `POST /model/{modelId}/converse` (Converse): the checks and faults of InvokeModel, then the
 * model-neutral Converse response (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html)
 * for any text model: reasoning, a tool call or text blocks in the assistant message.
 */
export function converseRoute(services: ModelCallServices): Route {
  return {
    method: "POST",
    path: /^\/model\/([^/]+)\/converse$/,
    async handle(exchange, [segment]) {
      const admitted = await admitModelCall(exchange, segment, "Converse", services);
      if (admitted === undefined) return;
      const outcome = answerConverse(admitted.modelId, admitted.body);
      if (!outcome.ok) return admitted.fail({ name: outcome.exception, message: outcome.message });
      const { reply } = outcome;
      admitted.call.settle("ok");
      const response = {
        output: { message: { role: "assistant", content: reply.content } },
        stopReason: reply.stopReason,
        usage: reply.usage,
        metrics: { latencyMs: Math.round(performance.now() - admitted.startedAt) },
      };
      exchange.response.send(200, { "Content-Type": "application/json", "x-amzn-RequestId": admitted.requestId }, JSON.stringify(response));
    },
  };
}
