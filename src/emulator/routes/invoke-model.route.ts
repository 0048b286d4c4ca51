import { echoedHeaders } from "../echoed-headers";
import { answerInvoke } from "../engines/answer-invoke";
import { admitModelCall, type ModelCallServices } from "../model-call-admission";
import { type Route } from "../route.types";

/** The answer as a `corruptBody` fault spoils it; unchanged without one. */
function corrupt(body: string, how: "malformed" | "truncated" | "wrong-shape" | undefined): string {
  switch (how) {
    case undefined:
      return body;
    case "malformed":
      return "<html>upstream proxy error</html>";
    case "truncated":
      return body.slice(0, Math.floor(body.length / 2));
    case "wrong-shape":
      return JSON.stringify({ unexpected: true });
  }
}

/**
 * `POST /model/{modelId}/invoke` (InvokeModel): checks the credential, the model id and the
 * JSON body, applies the next matching fault, then answers from the engines.
 */
export function invokeModelRoute(services: ModelCallServices): Route {
  return {
    method: "POST",
    path: /^\/model\/([^/]+)\/invoke$/,
    async handle(exchange, [segment]) {
      const admitted = await admitModelCall(exchange, segment, "InvokeModel", services);
      if (admitted === undefined) return;
      const outcome = answerInvoke(admitted.modelId, admitted.body);
      if (!outcome.ok) return admitted.fail({ name: outcome.exception, message: outcome.message });
      const { answer } = outcome;
      admitted.call.settle(admitted.fault?.corruptBody ? "corrupted" : "ok");
      exchange.response.send(
        200,
        {
          "Content-Type": "application/json",
          "x-amzn-RequestId": admitted.requestId,
          // Not in the service model, but sent by the real service: https://github.com/aws/aws-sdk-js-v3/issues/8172
          "X-Amzn-Bedrock-Input-Token-Count": String(answer.inputTokens),
          "X-Amzn-Bedrock-Output-Token-Count": String(answer.outputTokens),
          "X-Amzn-Bedrock-Invocation-Latency": String(Math.round(performance.now() - admitted.startedAt)),
          ...echoedHeaders(exchange.request),
        },
        corrupt(JSON.stringify(answer.body), admitted.fault?.corruptBody),
      );
    },
  };
}
