/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which Bedrock Runtime exception (or gateway decision of the same kind) this error is. */
export type BedrockErrorCode =
  | 'ACCESS_DENIED'
  | 'INTERNAL_SERVER'
  | 'MODEL_ERROR'
  | 'MODEL_NOT_READY'
  | 'MODEL_TIMEOUT'
  | 'RESOURCE_NOT_FOUND'
  | 'SERVICE_QUOTA_EXCEEDED'
  | 'SERVICE_UNAVAILABLE'
  | 'THROTTLING'
  | 'VALIDATION';

/** Who decided the failure. */
export type ErrorSource =
  /** Amazon Bedrock (or the model behind it) answered with this error. */
  | 'BEDROCK'
  /** The gateway decided before or instead of calling Bedrock (bad input, deadline, unreachable endpoint). */
  | 'GATEWAY';

/** What a model produces. */
export type Modality =
  | 'EMBEDDING'
  | 'IMAGE'
  | 'TEXT';

/** Narrows the model list; every given member must match. */
export type ModelFilter = {
  /** What the model produces. */
  modality?: Modality | null | undefined;
  /** Provider name, case-insensitive, e.g. anthropic. */
  provider?: string | null | undefined;
  /** Only models that can (true) or cannot (false) stream. */
  streaming?: boolean | null | undefined;
};

export type EmbedTextMutationVariables = Exact<{
  modelId: string;
  text: string;
  dimensions?: number | null | undefined;
}>;


export type EmbedTextMutation = { invokeModel:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'EmbeddingResult', embedding: Array<number>, dimensions: number, usage: { inputTokens: number | null } }
    | { __typename: 'ImageResult' }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'TextResult' }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean }
   };

export type GenerateImageMutationVariables = Exact<{
  modelId: string;
  prompt: string;
  width?: number | null | undefined;
  height?: number | null | undefined;
  seed?: number | null | undefined;
}>;


export type GenerateImageMutation = { invokeModel:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'EmbeddingResult' }
    | { __typename: 'ImageResult', images: Array<{ base64: string, mimeType: string, width: number | null, height: number | null, seed: number | null }> }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'TextResult' }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean }
   };

export type GenerateTextMutationVariables = Exact<{
  modelId: string;
  prompt: string;
  maxTokens?: number | null | undefined;
}>;


export type GenerateTextMutation = { invokeModel:
    | { __typename: 'AccessDeniedError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'EmbeddingResult' }
    | { __typename: 'ImageResult' }
    | { __typename: 'InternalServerError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ModelError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ModelNotReadyError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ModelTimeoutError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ResourceNotFoundError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ServiceQuotaExceededError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ServiceUnavailableError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'TextResult', text: string, stopReason: string | null, requestId: string | null, latencyMs: number, usage: { inputTokens: number | null, outputTokens: number | null, totalTokens: number | null } }
    | { __typename: 'ThrottlingError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource }
    | { __typename: 'ValidationError', message: string, code: BedrockErrorCode, retryable: boolean, source: ErrorSource, field: string | null }
   };

export type ModelFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelFamiliesQuery = { modelFamilies: Array<{ family: string, displayName: string, modality: Modality, modelIdPrefixes: Array<string> }> };

export type ModelsQueryVariables = Exact<{
  filter?: ModelFilter | null | undefined;
}>;


export type ModelsQuery = { models: Array<{ modelId: string, displayName: string, provider: string, outputModality: Modality, streaming: boolean, maxOutputTokens: number | null, inferenceProfileRequired: boolean, inferenceProfileIds: Array<string>, pricing: { inputPer1kTokensUsd: number | null, outputPer1kTokensUsd: number | null, perImageUsd: number | null } }> };


export const EmbedTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmbedText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invokeModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"embedding"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dimensions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbeddingResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"embedding"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<EmbedTextMutation, EmbedTextMutationVariables>;
export const GenerateImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"width"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"height"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invokeModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"prompt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"width"},"value":{"kind":"Variable","name":{"kind":"Name","value":"width"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"height"},"value":{"kind":"Variable","name":{"kind":"Name","value":"height"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateImageMutation, GenerateImageMutationVariables>;
export const GenerateTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invokeModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"prompt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prompt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxTokens"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxTokens"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedrockError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateTextMutation, GenerateTextMutationVariables>;
export const ModelFamiliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"modelIdPrefixes"}}]}}]}}]} as unknown as DocumentNode<ModelFamiliesQuery, ModelFamiliesQueryVariables>;
export const ModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Models"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"outputModality"}},{"kind":"Field","name":{"kind":"Name","value":"streaming"}},{"kind":"Field","name":{"kind":"Name","value":"maxOutputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"inferenceProfileRequired"}},{"kind":"Field","name":{"kind":"Name","value":"inferenceProfileIds"}},{"kind":"Field","name":{"kind":"Name","value":"pricing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputPer1kTokensUsd"}},{"kind":"Field","name":{"kind":"Name","value":"outputPer1kTokensUsd"}},{"kind":"Field","name":{"kind":"Name","value":"perImageUsd"}}]}}]}}]}}]} as unknown as DocumentNode<ModelsQuery, ModelsQueryVariables>;