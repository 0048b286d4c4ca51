
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "BedrockError": [
      "AccessDeniedError",
      "InternalServerError",
      "ModelError",
      "ModelNotReadyError",
      "ModelTimeoutError",
      "ResourceNotFoundError",
      "ServiceQuotaExceededError",
      "ServiceUnavailableError",
      "ThrottlingError",
      "ValidationError"
    ],
    "InvocationResult": [
      "EmbeddingResult",
      "ImageResult",
      "TextResult"
    ],
    "InvokeModelResult": [
      "AccessDeniedError",
      "EmbeddingResult",
      "ImageResult",
      "InternalServerError",
      "ModelError",
      "ModelNotReadyError",
      "ModelTimeoutError",
      "ResourceNotFoundError",
      "ServiceQuotaExceededError",
      "ServiceUnavailableError",
      "TextResult",
      "ThrottlingError",
      "ValidationError"
    ],
    "InvokeModelStreamEvent": [
      "AccessDeniedError",
      "InternalServerError",
      "ModelError",
      "ModelNotReadyError",
      "ModelTimeoutError",
      "ReasoningDelta",
      "ResourceNotFoundError",
      "ServiceQuotaExceededError",
      "ServiceUnavailableError",
      "StreamCompleted",
      "TextDelta",
      "ThrottlingError",
      "ToolCallDelta",
      "ValidationError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "BedrockError": [
      "AccessDeniedError",
      "InternalServerError",
      "ModelError",
      "ModelNotReadyError",
      "ModelTimeoutError",
      "ResourceNotFoundError",
      "ServiceQuotaExceededError",
      "ServiceUnavailableError",
      "ThrottlingError",
      "ValidationError"
    ],
    "InvocationResult": [
      "EmbeddingResult",
      "ImageResult",
      "TextResult"
    ],
    "InvokeModelResult": [
      "AccessDeniedError",
      "EmbeddingResult",
      "ImageResult",
      "InternalServerError",
      "ModelError",
      "ModelNotReadyError",
      "ModelTimeoutError",
      "ResourceNotFoundError",
      "ServiceQuotaExceededError",
      "ServiceUnavailableError",
      "TextResult",
      "ThrottlingError",
      "ValidationError"
    ],
    "InvokeModelStreamEvent": [
      "AccessDeniedError",
      "InternalServerError",
      "ModelError",
      "ModelNotReadyError",
      "ModelTimeoutError",
      "ReasoningDelta",
      "ResourceNotFoundError",
      "ServiceQuotaExceededError",
      "ServiceUnavailableError",
      "StreamCompleted",
      "TextDelta",
      "ThrottlingError",
      "ToolCallDelta",
      "ValidationError"
    ]
  }
};
      export default result;
    