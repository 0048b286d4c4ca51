/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation EmbedText($modelId: String!, $text: String!, $dimensions: Int) {\n  invokeModel(\n    input: {modelId: $modelId, embedding: {text: $text, dimensions: $dimensions}}\n  ) {\n    __typename\n    ... on EmbeddingResult {\n      embedding\n      dimensions\n      usage {\n        inputTokens\n      }\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}": typeof types.EmbedTextDocument,
    "mutation GenerateImage($modelId: String!, $prompt: String!, $width: Int, $height: Int, $seed: Float) {\n  invokeModel(\n    input: {modelId: $modelId, image: {prompt: $prompt, width: $width, height: $height, seed: $seed}}\n  ) {\n    __typename\n    ... on ImageResult {\n      images {\n        base64\n        mimeType\n        width\n        height\n        seed\n      }\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}": typeof types.GenerateImageDocument,
    "mutation GenerateText($modelId: String!, $prompt: String!, $maxTokens: Int) {\n  invokeModel(\n    input: {modelId: $modelId, text: {prompt: $prompt, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextResult {\n      text\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n        totalTokens\n      }\n      requestId\n      latencyMs\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n      source\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}": typeof types.GenerateTextDocument,
    "mutation EmbedMany($inputs: [InvokeModelInput!]!) {\n  invokeModels(inputs: $inputs) {\n    __typename\n    ... on EmbeddingResult {\n      embedding\n      cached\n      usage {\n        inputTokens\n      }\n      costUsd\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}": typeof types.EmbedManyDocument,
    "query Me {\n  me {\n    id\n    groups\n    allowedModels\n    deniedModels\n    limits {\n      requestsPerMinute\n      tokensPerMinute\n      tokensPerDay\n    }\n  }\n}": typeof types.MeDocument,
    "query ModelFamilies {\n  modelFamilies {\n    family\n    displayName\n    modality\n    modelIdPrefixes\n  }\n}": typeof types.ModelFamiliesDocument,
    "query Models($filter: ModelFilter) {\n  models(filter: $filter) {\n    modelId\n    displayName\n    provider\n    outputModality\n    streaming\n    maxOutputTokens\n    inferenceProfileRequired\n    inferenceProfileIds\n    pricing {\n      inputPer1kTokensUsd\n      outputPer1kTokensUsd\n      perImageUsd\n    }\n  }\n}": typeof types.ModelsDocument,
    "subscription StreamChat($modelId: String!, $messages: [ChatMessageInput!]!, $system: String, $maxTokens: Int) {\n  invokeModelStream(\n    input: {modelId: $modelId, text: {messages: $messages, system: $system, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextDelta {\n      index\n      text\n    }\n    ... on StreamCompleted {\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n      }\n      costUsd\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}": typeof types.StreamChatDocument,
    "subscription StreamText($modelId: String!, $prompt: String!, $maxTokens: Int) {\n  invokeModelStream(\n    input: {modelId: $modelId, text: {prompt: $prompt, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextDelta {\n      index\n      text\n    }\n    ... on StreamCompleted {\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n        totalTokens\n      }\n      costUsd\n      requestId\n      latencyMs\n      firstTokenLatencyMs\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n      source\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}": typeof types.StreamTextDocument,
};
const documents: Documents = {
    "mutation EmbedText($modelId: String!, $text: String!, $dimensions: Int) {\n  invokeModel(\n    input: {modelId: $modelId, embedding: {text: $text, dimensions: $dimensions}}\n  ) {\n    __typename\n    ... on EmbeddingResult {\n      embedding\n      dimensions\n      usage {\n        inputTokens\n      }\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}": types.EmbedTextDocument,
    "mutation GenerateImage($modelId: String!, $prompt: String!, $width: Int, $height: Int, $seed: Float) {\n  invokeModel(\n    input: {modelId: $modelId, image: {prompt: $prompt, width: $width, height: $height, seed: $seed}}\n  ) {\n    __typename\n    ... on ImageResult {\n      images {\n        base64\n        mimeType\n        width\n        height\n        seed\n      }\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}": types.GenerateImageDocument,
    "mutation GenerateText($modelId: String!, $prompt: String!, $maxTokens: Int) {\n  invokeModel(\n    input: {modelId: $modelId, text: {prompt: $prompt, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextResult {\n      text\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n        totalTokens\n      }\n      requestId\n      latencyMs\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n      source\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}": types.GenerateTextDocument,
    "mutation EmbedMany($inputs: [InvokeModelInput!]!) {\n  invokeModels(inputs: $inputs) {\n    __typename\n    ... on EmbeddingResult {\n      embedding\n      cached\n      usage {\n        inputTokens\n      }\n      costUsd\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}": types.EmbedManyDocument,
    "query Me {\n  me {\n    id\n    groups\n    allowedModels\n    deniedModels\n    limits {\n      requestsPerMinute\n      tokensPerMinute\n      tokensPerDay\n    }\n  }\n}": types.MeDocument,
    "query ModelFamilies {\n  modelFamilies {\n    family\n    displayName\n    modality\n    modelIdPrefixes\n  }\n}": types.ModelFamiliesDocument,
    "query Models($filter: ModelFilter) {\n  models(filter: $filter) {\n    modelId\n    displayName\n    provider\n    outputModality\n    streaming\n    maxOutputTokens\n    inferenceProfileRequired\n    inferenceProfileIds\n    pricing {\n      inputPer1kTokensUsd\n      outputPer1kTokensUsd\n      perImageUsd\n    }\n  }\n}": types.ModelsDocument,
    "subscription StreamChat($modelId: String!, $messages: [ChatMessageInput!]!, $system: String, $maxTokens: Int) {\n  invokeModelStream(\n    input: {modelId: $modelId, text: {messages: $messages, system: $system, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextDelta {\n      index\n      text\n    }\n    ... on StreamCompleted {\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n      }\n      costUsd\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}": types.StreamChatDocument,
    "subscription StreamText($modelId: String!, $prompt: String!, $maxTokens: Int) {\n  invokeModelStream(\n    input: {modelId: $modelId, text: {prompt: $prompt, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextDelta {\n      index\n      text\n    }\n    ... on StreamCompleted {\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n        totalTokens\n      }\n      costUsd\n      requestId\n      latencyMs\n      firstTokenLatencyMs\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n      source\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}": types.StreamTextDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmbedText($modelId: String!, $text: String!, $dimensions: Int) {\n  invokeModel(\n    input: {modelId: $modelId, embedding: {text: $text, dimensions: $dimensions}}\n  ) {\n    __typename\n    ... on EmbeddingResult {\n      embedding\n      dimensions\n      usage {\n        inputTokens\n      }\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}"): (typeof documents)["mutation EmbedText($modelId: String!, $text: String!, $dimensions: Int) {\n  invokeModel(\n    input: {modelId: $modelId, embedding: {text: $text, dimensions: $dimensions}}\n  ) {\n    __typename\n    ... on EmbeddingResult {\n      embedding\n      dimensions\n      usage {\n        inputTokens\n      }\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateImage($modelId: String!, $prompt: String!, $width: Int, $height: Int, $seed: Float) {\n  invokeModel(\n    input: {modelId: $modelId, image: {prompt: $prompt, width: $width, height: $height, seed: $seed}}\n  ) {\n    __typename\n    ... on ImageResult {\n      images {\n        base64\n        mimeType\n        width\n        height\n        seed\n      }\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}"): (typeof documents)["mutation GenerateImage($modelId: String!, $prompt: String!, $width: Int, $height: Int, $seed: Float) {\n  invokeModel(\n    input: {modelId: $modelId, image: {prompt: $prompt, width: $width, height: $height, seed: $seed}}\n  ) {\n    __typename\n    ... on ImageResult {\n      images {\n        base64\n        mimeType\n        width\n        height\n        seed\n      }\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateText($modelId: String!, $prompt: String!, $maxTokens: Int) {\n  invokeModel(\n    input: {modelId: $modelId, text: {prompt: $prompt, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextResult {\n      text\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n        totalTokens\n      }\n      requestId\n      latencyMs\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n      source\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}"): (typeof documents)["mutation GenerateText($modelId: String!, $prompt: String!, $maxTokens: Int) {\n  invokeModel(\n    input: {modelId: $modelId, text: {prompt: $prompt, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextResult {\n      text\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n        totalTokens\n      }\n      requestId\n      latencyMs\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n      source\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmbedMany($inputs: [InvokeModelInput!]!) {\n  invokeModels(inputs: $inputs) {\n    __typename\n    ... on EmbeddingResult {\n      embedding\n      cached\n      usage {\n        inputTokens\n      }\n      costUsd\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}"): (typeof documents)["mutation EmbedMany($inputs: [InvokeModelInput!]!) {\n  invokeModels(inputs: $inputs) {\n    __typename\n    ... on EmbeddingResult {\n      embedding\n      cached\n      usage {\n        inputTokens\n      }\n      costUsd\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    groups\n    allowedModels\n    deniedModels\n    limits {\n      requestsPerMinute\n      tokensPerMinute\n      tokensPerDay\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    groups\n    allowedModels\n    deniedModels\n    limits {\n      requestsPerMinute\n      tokensPerMinute\n      tokensPerDay\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModelFamilies {\n  modelFamilies {\n    family\n    displayName\n    modality\n    modelIdPrefixes\n  }\n}"): (typeof documents)["query ModelFamilies {\n  modelFamilies {\n    family\n    displayName\n    modality\n    modelIdPrefixes\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Models($filter: ModelFilter) {\n  models(filter: $filter) {\n    modelId\n    displayName\n    provider\n    outputModality\n    streaming\n    maxOutputTokens\n    inferenceProfileRequired\n    inferenceProfileIds\n    pricing {\n      inputPer1kTokensUsd\n      outputPer1kTokensUsd\n      perImageUsd\n    }\n  }\n}"): (typeof documents)["query Models($filter: ModelFilter) {\n  models(filter: $filter) {\n    modelId\n    displayName\n    provider\n    outputModality\n    streaming\n    maxOutputTokens\n    inferenceProfileRequired\n    inferenceProfileIds\n    pricing {\n      inputPer1kTokensUsd\n      outputPer1kTokensUsd\n      perImageUsd\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StreamChat($modelId: String!, $messages: [ChatMessageInput!]!, $system: String, $maxTokens: Int) {\n  invokeModelStream(\n    input: {modelId: $modelId, text: {messages: $messages, system: $system, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextDelta {\n      index\n      text\n    }\n    ... on StreamCompleted {\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n      }\n      costUsd\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}"): (typeof documents)["subscription StreamChat($modelId: String!, $messages: [ChatMessageInput!]!, $system: String, $maxTokens: Int) {\n  invokeModelStream(\n    input: {modelId: $modelId, text: {messages: $messages, system: $system, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextDelta {\n      index\n      text\n    }\n    ... on StreamCompleted {\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n      }\n      costUsd\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StreamText($modelId: String!, $prompt: String!, $maxTokens: Int) {\n  invokeModelStream(\n    input: {modelId: $modelId, text: {prompt: $prompt, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextDelta {\n      index\n      text\n    }\n    ... on StreamCompleted {\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n        totalTokens\n      }\n      costUsd\n      requestId\n      latencyMs\n      firstTokenLatencyMs\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n      source\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}"): (typeof documents)["subscription StreamText($modelId: String!, $prompt: String!, $maxTokens: Int) {\n  invokeModelStream(\n    input: {modelId: $modelId, text: {prompt: $prompt, maxTokens: $maxTokens}}\n  ) {\n    __typename\n    ... on TextDelta {\n      index\n      text\n    }\n    ... on StreamCompleted {\n      stopReason\n      usage {\n        inputTokens\n        outputTokens\n        totalTokens\n      }\n      costUsd\n      requestId\n      latencyMs\n      firstTokenLatencyMs\n    }\n    ... on BedrockError {\n      message\n      code\n      retryable\n      source\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;