import { randomUUID } from "node:crypto";
import { abortableDelay } from "./abortable-delay";
import { sendBedrockError } from "./bedrock-error-reply";
import { type InvokeModelError } from "./bedrock-exception";
import { type CallLog, type CallRecord, isStreamingOperation, type ModelOperation } from "./call-log";
import { type Exchange } from "./exchange.types";
import { type FaultPlan } from "./fault-plan";
import { type StoredFault } from "./fault-rule";
import { injectedError } from "./injected-error";
import { readJsonBody } from "./json-body";
import { readModelId } from "./model-id";
import { hasCredentials } from "./request-credentials";

// The InvokeModel body blob is 0–25,000,000 bytes: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
// The same bound serves the Converse operations, whose JSON bodies have no documented total limit.
const MAXIMUM_BODY_BYTES = 25_000_000;

export interface ModelCallServices {
  faults: FaultPlan;
  calls: CallLog;
  /** Aborted when the emulator closes, so injected latency and streams do not outlive it. */
  closing: AbortSignal;
}

/** A call that passed every check and every pre-answer fault: the route now answers it. */
export interface AdmittedCall {
  modelId: string;
  body: unknown;
  requestId: string;
  /** `performance.now()` when the request arrived, for latency figures. */
  startedAt: number;
  call: CallRecord;
  /** The fault this call took, for what is left of it once the answer starts (stream faults). */
  fault: StoredFault | undefined;
  /** Aborted when the client goes away or the emulator closes. */
  abandoned: AbortSignal;
  /** Answers with a Bedrock error and logs it as the call's outcome. */
  fail(error: InvokeModelError): void;
}

/**
 * What every model operation does before its own answer: log the call, check the credential,
 * the model id and the JSON body, then take the next matching fault and apply its pre-answer
 * part (latency, a dropped connection, an exception). Resolves undefined when the call was
 * already answered, dropped or abandoned on the way.
 */
export async function admitModelCall(
  { request, response }: Exchange,
  modelIdSegment: string,
  operation: ModelOperation,
  { faults, calls, closing }: ModelCallServices,
): Promise<AdmittedCall | undefined> {
  const startedAt = performance.now();
  const requestId = randomUUID();
  const modelIdRead = readModelId(modelIdSegment);
  const call = calls.record({
    operation,
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
    return void fail({ name: "AccessDeniedException", message });
  }
  if (!modelIdRead.ok) return void fail({ name: "ValidationException", message: modelIdRead.message });
  const bodyRead = await readJsonBody(request, MAXIMUM_BODY_BYTES);
  if (!bodyRead.ok) {
    if (bodyRead.reason === "abandoned") return void call.settle("abandoned");
    return void fail({ name: "ValidationException", message: bodyRead.message });
  }
  call.setBody(bodyRead.body);
  const { modelId } = modelIdRead;

  // Faults apply only to calls that passed the checks above, as the real service rejects
  // a malformed call before it could throttle or fail it; a bad call never uses up a fault.
  const fault = faults.takeFor(modelId, { streaming: isStreamingOperation(operation), corruptible: operation === "InvokeModel" });
  const abandoned = AbortSignal.any([closing, request.abandoned]);
  if (fault?.latencyMs !== undefined && !(await abortableDelay(fault.latencyMs, abandoned))) {
    return void call.settle("abandoned");
  }
  // With afterChunks the drop comes mid-stream, which the stream writer applies.
  if (fault?.dropConnection === true && fault.afterChunks === undefined) {
    call.settle("dropped");
    return void response.drop();
  }
  if (fault?.exception !== undefined) return void fail(injectedError(fault.exception, fault, modelId));

  return { modelId, body: bodyRead.body, requestId, startedAt, call, fault, abandoned, fail };
}
