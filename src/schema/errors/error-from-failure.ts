import { assertNever } from "../../lib/assert-never";
import { type Failure, isRetryable } from "../../lib/failure";
import { AccessDeniedError } from "./access-denied-error.type";
import { type BedrockError } from "./bedrock-error.interface";
import { InternalServerError } from "./internal-server-error.type";
import { ModelError } from "./model-error.type";
import { ModelNotReadyError } from "./model-not-ready-error.type";
import { ModelTimeoutError } from "./model-timeout-error.type";
import { ResourceNotFoundError } from "./resource-not-found-error.type";
import { ServiceQuotaExceededError } from "./service-quota-exceeded-error.type";
import { ServiceUnavailableError } from "./service-unavailable-error.type";
import { ThrottlingError } from "./throttling-error.type";
import { ValidationError } from "./validation-error.type";

/** Every GraphQL error type, in the order the result unions list them. */
export const ERROR_TYPES = [
  AccessDeniedError,
  InternalServerError,
  ModelError,
  ModelNotReadyError,
  ModelTimeoutError,
  ResourceNotFoundError,
  ServiceQuotaExceededError,
  ServiceUnavailableError,
  ThrottlingError,
  ValidationError,
] as const;

/** The GraphQL error object for a failure value; one case per failure kind. */
export function errorFromFailure(failure: Failure): BedrockError {
  const common = {
    message: failure.message,
    code: failure.kind,
    retryable: isRetryable(failure.kind),
    requestId: failure.requestId ?? null,
    source: failure.source,
  };
  const retryAfterSeconds = failure.retryAfterSeconds ?? null;
  switch (failure.kind) {
    case "AccessDenied":
      return Object.assign(new AccessDeniedError(), common);
    case "InternalServer":
      return Object.assign(new InternalServerError(), common);
    case "ModelError":
      return Object.assign(new ModelError(), common, {
        originalStatusCode: failure.originalStatusCode ?? null,
        resourceName: failure.resourceName ?? null,
      });
    case "ModelNotReady":
      return Object.assign(new ModelNotReadyError(), common, { retryAfterSeconds });
    case "ModelTimeout":
      return Object.assign(new ModelTimeoutError(), common);
    case "ResourceNotFound":
      return Object.assign(new ResourceNotFoundError(), common);
    case "ServiceQuotaExceeded":
      return Object.assign(new ServiceQuotaExceededError(), common, { retryAfterSeconds });
    case "ServiceUnavailable":
      return Object.assign(new ServiceUnavailableError(), common, { retryAfterSeconds });
    case "Throttling":
      return Object.assign(new ThrottlingError(), common, { retryAfterSeconds });
    case "Validation":
      return Object.assign(new ValidationError(), common, { field: failure.field ?? null });
    default:
      return assertNever(failure.kind, "failure kind");
  }
}
