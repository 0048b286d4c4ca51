import { type OpenAiReply } from "./openai-chat.engine";

/** One step of a streamed chat-completion choice: the delta and, on the last, why it finished. */
export interface OpenAiChatDelta {
  delta: Record<string, unknown>;
  finishReason: string | null;
}

/**
 * A chat-completion choice as OpenAI-style streams send it, whatever each family wraps it in: a
 * delta naming the assistant role, the content in pieces (reasoning tags among them, for families
 * that write reasoning into the text), a tool call named with its id then its arguments in pieces,
 * and an empty delta with the finish reason.
 */
export function openAiChatDeltas(reply: OpenAiReply): OpenAiChatDelta[] {
  const call = reply.message.tool_calls?.at(0);
  const callDeltas =
    call === undefined
      ? []
      : [
          { tool_calls: [{ index: 0, id: call.id, type: "function", function: { name: call.function.name, arguments: "" } }] },
          ...reply.argumentPieces.map((piece) => ({ tool_calls: [{ index: 0, function: { arguments: piece } }] })),
        ];
  return [
    { delta: { role: "assistant", content: "" }, finishReason: null },
    ...reply.contentPieces.map((content) => ({ delta: { content }, finishReason: null })),
    ...callDeltas.map((delta) => ({ delta, finishReason: null })),
    { delta: {}, finishReason: reply.finishReason },
  ];
}
