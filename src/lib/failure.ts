/**
 * Every way an invocation can fail, one kind per Bedrock Runtime exception that InvokeModel
 * declares. Failures the gateway decides itself (bad input, policy) reuse the matching kind
 * with `source: "GATEWAY"`.
 */
export const FAILURE_KINDS = [
  "AccessDenied",
  "InternalServer",
  "ModelError",
  "ModelNotReady",
  "ModelTimeout",
  "ResourceNotFound",
  "ServiceQuotaExceeded",
  "ServiceUnavailable",
  "Throttling",
  "Validation",
] as const;

export type FailureKind = (typeof FAILURE_KINDS)[number];

/** Who decided the failure: Bedrock itself, or the gateway before or instead of calling it. */
export type FailureSource = "BEDROCK" | "GATEWAY";

export interface Failure {
  kind: FailureKind;
  message: string;
  source: FailureSource;
  /** AWS request id (x-amzn-RequestId) when Bedrock answered; absent for gateway decisions. */
  requestId?: string;
  /** Input path that caused a validation failure, e.g. `input.text.maxTokens`. */
  field?: string;
  /** ModelErrorException: the HTTP status the model itself returned. */
  originalStatusCode?: number;
  /** ModelErrorException: the resource that failed. */
  resourceName?: string;
  /** Seconds the caller should wait before retrying, when known. */
  retryAfterSeconds?: number;
  /** Upstream attempts made before failing (SDK retries included), when any were made. */
  attempts?: number;
}

/** Whether calling again, unchanged, may succeed: throttling, capacity and server faults. */
export function isRetryable(kind: FailureKind): boolean {
  switch (kind) {
    case "InternalServer":
    case "ModelNotReady":
    case "ModelTimeout":
    case "ServiceUnavailable":
    case "Throttling":
      return true;
    case "AccessDenied":
    case "ModelError":
    case "ResourceNotFound":
    case "ServiceQuotaExceeded":
    case "Validation":
      return false;
  }
}

/** A validation failure decided by the gateway, naming the offending input field. */
export function invalidInput(field: string, message: string): Failure {
  return { kind: "Validation", source: "GATEWAY", field, message };
}

/**
 * The reason of an abort that the gateway decided for a known cause (a caller's credential
 * expired, say): calls cut by it fail with this failure instead of as cancelled.
 */
export class AbortedWith extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}
