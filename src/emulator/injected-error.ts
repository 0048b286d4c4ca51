import { type InvokeModelError, type InvokeModelExceptionName } from "./bedrock-exception";
import { type StoredFault } from "./fault-rule";

// Used when a fault names no message; worded for this emulator, not copied from AWS.
const DEFAULT_MESSAGES: Record<InvokeModelExceptionName, string> = {
  AccessDeniedException: "The caller is not allowed to invoke this model.",
  InternalServerException: "The service failed while processing the request.",
  ModelErrorException: "The model failed while processing the request.",
  ModelNotReadyException: "The model is not ready to serve requests yet; try again shortly.",
  ModelTimeoutException: "The model did not answer in time.",
  ResourceNotFoundException: "The requested model could not be found.",
  ServiceQuotaExceededException: "The request would exceed a service quota for this account.",
  ServiceUnavailableException: "The service is unavailable right now; try again later.",
  ThrottlingException: "Too many requests; wait before trying again.",
  ValidationException: "The request did not pass validation.",
};

/** The Bedrock error a fault injects into a call to `modelId`. */
export function injectedError(exception: InvokeModelExceptionName, fault: StoredFault, modelId: string): InvokeModelError {
  const message = fault.message ?? DEFAULT_MESSAGES[exception];
  if (exception !== "ModelErrorException") return { name: exception, message };
  return {
    name: exception,
    message,
    members: { originalStatusCode: fault.originalStatusCode ?? 500, resourceName: fault.resourceName ?? modelId },
  };
}
