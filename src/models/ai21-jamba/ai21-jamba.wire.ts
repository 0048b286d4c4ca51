import { type OpenAiMessage, type OpenAiTool, type OpenAiToolChoice } from "../openai-chat/openai-chat.wire";

/**
 * The AI21 Jamba 1.5 request body, an OpenAI-style chat: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html
 * Tools follow AI21's Jamba 1.5 API (`tools` as functions, `tool_calls` in answers, `tool` messages
 * for results): https://docs.ai21.com/reference/jamba-15-api-ref
 */
export interface Ai21JambaRequestBody {
  messages: OpenAiMessage[];
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
  tools?: OpenAiTool[];
  tool_choice?: OpenAiToolChoice;
}
