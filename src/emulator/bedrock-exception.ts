/**
 * The exceptions Bedrock Runtime's service model declares for InvokeModel, with the HTTP status
 * each one travels with: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
 */
export const INVOKE_MODEL_EXCEPTION_STATUS = {
  AccessDeniedException: 403,
  InternalServerException: 500,
  ModelErrorException: 424,
  ModelNotReadyException: 429,
  ModelTimeoutException: 408,
  ResourceNotFoundException: 404,
  ServiceQuotaExceededException: 400,
  ServiceUnavailableException: 503,
  ThrottlingException: 429,
  ValidationException: 400,
} as const;

export type InvokeModelExceptionName = keyof typeof INVOKE_MODEL_EXCEPTION_STATUS;

export const INVOKE_MODEL_EXCEPTION_NAMES = Object.keys(INVOKE_MODEL_EXCEPTION_STATUS) as [InvokeModelExceptionName, ...InvokeModelExceptionName[]];

/**
 * Not a modeled exception: what the emulator answers for a path or method it does not serve.
 * The SDK turns an unknown name into a generic service exception carrying that name.
 */
export const UNKNOWN_OPERATION = { name: "UnknownOperationException", status: 404 } as const;

/** A Bedrock error as it goes on the wire. */
export interface BedrockError {
  name: InvokeModelExceptionName | typeof UNKNOWN_OPERATION.name;
  message: string;
  /** Members beside `message`: ModelErrorException's `originalStatusCode` and `resourceName`. */
  members?: Readonly<Record<string, string | number>>;
}

/** A Bedrock error InvokeModel declares, as opposed to the emulator's own unknown-operation answer. */
export type InvokeModelError = BedrockError & { name: InvokeModelExceptionName };

export function statusOf(name: BedrockError["name"]): number {
  return name === UNKNOWN_OPERATION.name ? UNKNOWN_OPERATION.status : INVOKE_MODEL_EXCEPTION_STATUS[name];
}
