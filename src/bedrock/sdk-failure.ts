import { type Failure, type FailureKind } from "../lib/failure";
import { assertNever } from "../lib/assert-never";

/** The exception names Bedrock Runtime's service model declares (InvokeModel plus streams). */
type BedrockExceptionName =
  | "AccessDeniedException"
  | "ConflictException"
  | "InternalServerException"
  | "ModelErrorException"
  | "ModelNotReadyException"
  | "ModelStreamErrorException"
  | "ModelTimeoutException"
  | "ResourceNotFoundException"
  | "ServiceQuotaExceededException"
  | "ServiceUnavailableException"
  | "ThrottlingException"
  | "ValidationException";

const EXCEPTION_NAMES: ReadonlySet<string> = new Set<BedrockExceptionName>([
  "AccessDeniedException",
  "ConflictException",
  "InternalServerException",
  "ModelErrorException",
  "ModelNotReadyException",
  "ModelStreamErrorException",
  "ModelTimeoutException",
  "ResourceNotFoundException",
  "ServiceQuotaExceededException",
  "ServiceUnavailableException",
  "ThrottlingException",
  "ValidationException",
]);

function isBedrockExceptionName(name: string): name is BedrockExceptionName {
  return EXCEPTION_NAMES.has(name);
}

function kindOfException(name: BedrockExceptionName): FailureKind {
  switch (name) {
    case "AccessDeniedException":
      return "AccessDenied";
    // Conflict is declared only for StartAsyncInvoke; it means the request as sent cannot succeed.
    case "ConflictException":
      return "Validation";
    case "InternalServerException":
      return "InternalServer";
    case "ModelErrorException":
    case "ModelStreamErrorException":
      return "ModelError";
    case "ModelNotReadyException":
      return "ModelNotReady";
    case "ModelTimeoutException":
      return "ModelTimeout";
    case "ResourceNotFoundException":
      return "ResourceNotFound";
    case "ServiceQuotaExceededException":
      return "ServiceQuotaExceeded";
    case "ServiceUnavailableException":
      return "ServiceUnavailable";
    case "ThrottlingException":
      return "Throttling";
    case "ValidationException":
      return "Validation";
    default:
      return assertNever(name, "Bedrock exception name");
  }
}

/** The parts of an SDK error this translation reads; SDK exceptions carry all of them. */
interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  originalStatusCode?: unknown;
  resourceName?: unknown;
  $metadata?: { requestId?: unknown; httpStatusCode?: unknown; attempts?: unknown };
  $response?: { headers?: Record<string, string | undefined> };
}

// Socket-level failures: Bedrock never answered, so the gateway reports the endpoint unavailable.
const NETWORK_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ERR_HTTP2_STREAM_ERROR",
  "ERR_HTTP2_SESSION_ERROR",
  "ERR_HTTP2_GOAWAY_SESSION",
  "ERR_HTTP2_STREAM_CANCEL",
]);

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function retryAfterSeconds(headers: Record<string, string | undefined> | undefined): number | undefined {
  const value = headers?.["retry-after"];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/**
 * The one entry for foreign errors: turns whatever the SDK threw into a Failure. Service
 * exceptions keep their kind, message, members and AWS request id; transport problems become
 * gateway-decided ServiceUnavailable; anything unrecognised becomes InternalServer.
 */
export function failureFromSdkError(error: unknown): Failure {
  const shape = (typeof error === "object" && error !== null ? error : {}) as SdkErrorShape;
  const name = text(shape.name) ?? "Error";
  const message = text(shape.message) ?? name;
  const requestId = text(shape.$metadata?.requestId);
  if (isBedrockExceptionName(name)) {
    const failure: Failure = { kind: kindOfException(name), message, source: "BEDROCK" };
    if (requestId) failure.requestId = requestId;
    if (typeof shape.originalStatusCode === "number") failure.originalStatusCode = shape.originalStatusCode;
    const resourceName = text(shape.resourceName);
    if (resourceName) failure.resourceName = resourceName;
    const wait = retryAfterSeconds(shape.$response?.headers);
    if (wait !== undefined) failure.retryAfterSeconds = wait;
    if (typeof shape.$metadata?.attempts === "number") failure.attempts = shape.$metadata.attempts;
    return failure;
  }
  const code = text(shape.code);
  if ((code && NETWORK_ERROR_CODES.has(code)) || name === "TimeoutError") {
    return {
      kind: "ServiceUnavailable",
      source: "GATEWAY",
      message: `Bedrock endpoint could not be reached (${code ?? name})`,
    };
  }
  // The service answered with an error name this SDK build does not model.
  const failure: Failure = {
    kind: "InternalServer",
    source: shape.$metadata?.httpStatusCode ? "BEDROCK" : "GATEWAY",
    message: shape.$metadata?.httpStatusCode ? `Bedrock returned ${name}: ${message}` : "Unexpected error calling Bedrock",
  };
  if (requestId) failure.requestId = requestId;
  return failure;
}
