import { randomUUID } from "node:crypto";
import { abortableDelay } from "../abortable-delay";
import { sendBedrockError } from "../bedrock-error-reply";
import { type InvokeModelError } from "../bedrock-exception";
import { type CallLog } from "../call-log";
import { answerInvoke } from "../engines/answer-invoke";
import { type EngineAnswer } from "../engines/engine.types";
import { type EmulatorRequest } from "../exchange.types";
import { type FaultPlan } from "../fault-plan";
import { injectedError } from "../injected-error";
import { readJsonBody } from "../json-body";
import { readModelId } from "../model-id";
import { hasCredentials } from "../request-credentials";
import { type Route } from "../route.types";

// Service model 2023-09-30: the InvokeModel body blob is 0–25,000,000 bytes (reference §7).
const MAXIMUM_BODY_BYTES = 25_000_000;

// Request headers Bedrock answers with the value it applied; the emulator applies what was asked.
const ECHOED_HEADERS = {
  "x-amzn-bedrock-performanceconfig-latency": "X-Amzn-Bedrock-PerformanceConfig-Latency",
  "x-amzn-bedrock-service-tier": "X-Amzn-Bedrock-Service-Tier",
} as const;

export interface InvokeModelRouteOptions {
  faults: FaultPlan;
  calls: CallLog;
  /** Aborted when the emulator closes, so injected latency does not outlive it. */
  closing: AbortSignal;
}

/**
 * `POST /model/{modelId}/invoke` (InvokeModel): checks the credential, the model id and the
 * JSON body, applies the next matching fault, then answers from the engines.
 */
export function invokeModelRoute({ faults, calls, closing }: InvokeModelRouteOptions): Route {
  return {
    method: "POST",
    path: /^\/model\/([^/]+)\/invoke$/,
    async handle({ request, response }, [segment]) {
      const startedAt = performance.now();
      const requestId = randomUUID();
      const modelIdRead = readModelId(segment);
      const call = calls.record({
        operation: "InvokeModel",
        modelId: modelIdRead.modelId,
        path: request.path,
        httpVersion: request.httpVersion,
        headers: request.headers,
        receivedAt: new Date().toISOString(),
      });
      const fail = (error: InvokeModelError): void => {
        call.settle(error.name);
        sendBedrockError(response, error, requestId);
      };

      if (!hasCredentials(request.headers)) {
        const message = "The request carries no SigV4 signature and no bearer token.";
        return fail({ name: "AccessDeniedException", message });
      }
      if (!modelIdRead.ok) return fail({ name: "ValidationException", message: modelIdRead.message });
      const bodyRead = await readJsonBody(request, MAXIMUM_BODY_BYTES);
      if (!bodyRead.ok) {
        if (bodyRead.reason === "abandoned") return call.settle("abandoned");
        return fail({ name: "ValidationException", message: bodyRead.message });
      }
      call.setBody(bodyRead.body);
      const { modelId } = modelIdRead;

      // Faults apply only to calls that passed the checks above, as the real service rejects
      // a malformed call before it could throttle or fail it; a bad call never uses up a fault.
      const fault = faults.takeFor(modelId);
      const abandoned = AbortSignal.any([closing, request.abandoned]);
      if (fault?.latencyMs !== undefined && !(await abortableDelay(fault.latencyMs, abandoned))) {
        return call.settle("abandoned");
      }
      if (fault?.dropConnection === true) {
        call.settle("dropped");
        return response.drop();
      }
      if (fault?.exception !== undefined) return fail(injectedError(fault.exception, fault, modelId));

      const outcome = answerInvoke(modelId, bodyRead.body);
      if (!outcome.ok) return fail({ name: outcome.exception, message: outcome.message });
      call.settle("ok");
      const latencyMs = Math.round(performance.now() - startedAt);
      const headers = answerHeaders(request, outcome.answer, requestId, latencyMs);
      response.send(200, headers, JSON.stringify(outcome.answer.body));
    },
  };
}

function answerHeaders(
  request: EmulatorRequest,
  answer: EngineAnswer,
  requestId: string,
  latencyMs: number,
): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "x-amzn-RequestId": requestId,
    // Not in the service model, but sent by the real service (reference §1.1).
    "X-Amzn-Bedrock-Input-Token-Count": String(answer.inputTokens),
    "X-Amzn-Bedrock-Output-Token-Count": String(answer.outputTokens),
    "X-Amzn-Bedrock-Invocation-Latency": String(latencyMs),
  };
  for (const [requestName, responseName] of Object.entries(ECHOED_HEADERS)) {
    const value = request.headers[requestName];
    if (value !== undefined) headers[responseName] = value;
  }
  return headers;
}
