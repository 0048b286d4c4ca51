import { type StoredFault } from "./fault-rule";
import { type StreamException, type StreamExceptionName } from "./stream-exception";

// Used when a fault names no message; worded for this emulator, not copied from AWS.
const DEFAULT_MESSAGES: Record<StreamExceptionName, string> = {
  internalServerException: "The service failed while streaming the response.",
  modelStreamErrorException: "The model failed while streaming its response.",
  modelTimeoutException: "The model stopped producing output in time.",
  serviceUnavailableException: "The service became unavailable while streaming; try again later.",
  throttlingException: "Too many requests; the stream was cut off.",
  validationException: "The request did not pass validation while streaming.",
};

// What the model itself reported, for modelStreamErrorException when the fault names nothing.
const DEFAULT_ORIGINAL_STATUS_CODE = 500;
const DEFAULT_ORIGINAL_MESSAGE = "The model container returned an error mid-stream.";

/** The exception frame a fault's `streamException` sends into a stream. */
export function injectedStreamException(name: StreamExceptionName, fault: StoredFault): StreamException {
  const message = fault.message ?? DEFAULT_MESSAGES[name];
  if (name !== "modelStreamErrorException") return { name, members: { message } };
  return {
    name,
    members: {
      message,
      originalStatusCode: fault.originalStatusCode ?? DEFAULT_ORIGINAL_STATUS_CODE,
      originalMessage: fault.originalMessage ?? DEFAULT_ORIGINAL_MESSAGE,
    },
  };
}
