import { registerEnumType } from "type-graphql";

/** One code per Bedrock Runtime exception; the values are the gateway's failure kinds. */
export const BedrockErrorCode = {
  ACCESS_DENIED: "AccessDenied",
  INTERNAL_SERVER: "InternalServer",
  MODEL_ERROR: "ModelError",
  MODEL_NOT_READY: "ModelNotReady",
  MODEL_TIMEOUT: "ModelTimeout",
  RESOURCE_NOT_FOUND: "ResourceNotFound",
  SERVICE_QUOTA_EXCEEDED: "ServiceQuotaExceeded",
  SERVICE_UNAVAILABLE: "ServiceUnavailable",
  THROTTLING: "Throttling",
  VALIDATION: "Validation",
} as const;

registerEnumType(BedrockErrorCode, {
  name: "BedrockErrorCode",
  description: "Which Bedrock Runtime exception (or gateway decision of the same kind) this error is.",
});
