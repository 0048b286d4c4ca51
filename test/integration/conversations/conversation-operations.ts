/** The GraphQL documents the conversation suites send, as a frontend would write them. */

// What a one-shot answer and a stream's completion both carry, as a GraphQL fragment would share it.
const ANSWER_FIELDS = /* GraphQL */ `
  finishReason
  stopReason
  toolCalls {
    id
    name
    input
    inputViolations {
      path
      message
    }
  }
  json
  jsonViolations {
    path
    message
  }
  reasoning {
    text
    signature
    redactedData
  }
  usage {
    inputTokens
    outputTokens
  }
`;

const ERROR_FIELDS = /* GraphQL */ `
  ... on BedrockError {
    message
    code
    source
  }
  ... on ValidationError {
    field
  }
`;

export const INVOKE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on TextResult {
        text
        ${ANSWER_FIELDS}
      }
      ${ERROR_FIELDS}
    }
  }
`;

export const STREAM = /* GraphQL */ `
  subscription ($input: InvokeModelInput!) {
    invokeModelStream(input: $input) {
      __typename
      ... on TextDelta {
        index
        text
      }
      ... on ReasoningDelta {
        index
        text
        signature
      }
      ... on ToolCallDelta {
        index
        toolIndex
        id
        name
        inputJson
      }
      ... on StreamCompleted {
        ${ANSWER_FIELDS}
      }
      ${ERROR_FIELDS}
    }
  }
`;
