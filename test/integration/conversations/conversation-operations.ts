/** The GraphQL documents the conversation suites send, as a frontend would write them. */

const TEXT_RESULT_FIELDS = /* GraphQL */ `
  __typename
  ... on TextResult {
    text
    stopReason
    finishReason
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
  }
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
      ${TEXT_RESULT_FIELDS}
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
      }
      ... on BedrockError {
        message
        code
        source
      }
      ... on ValidationError {
        field
      }
    }
  }
`;
