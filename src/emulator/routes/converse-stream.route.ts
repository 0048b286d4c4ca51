import { answerConverse, type ConverseAnswerBlock, type ConverseReply } from "../engines/answer-converse";
import { inputPieces } from "../engines/conversation-reply";
import { splitIntoPieces } from "../engines/tokenizer";
import { answerWithEventStream, type StreamEvent, type StreamEventSource } from "../event-stream-answer";
import { admitModelCall, type ModelCallServices } from "../model-call-admission";
import { type Route } from "../route.types";

/**
 * `POST /model/{modelId}/converse-stream` (ConverseStream): the checks and faults of InvokeModel,
 * then the Converse answer as event frames, each named for its `ConverseStreamOutput` member:
 * text, reasoning and tool-use blocks alike.
 */
export function converseStreamRoute(services: ModelCallServices): Route {
  return {
    method: "POST",
    path: /^\/model\/([^/]+)\/converse-stream$/,
    async handle(exchange, [segment]) {
      const admitted = await admitModelCall(exchange, segment, "ConverseStream", services);
      if (admitted === undefined) return;
      const outcome = answerConverse(admitted.modelId, admitted.body);
      if (!outcome.ok) return admitted.fail({ name: outcome.exception, message: outcome.message });
      const headers = { "Content-Type": "application/vnd.amazon.eventstream", "x-amzn-RequestId": admitted.requestId };
      await answerWithEventStream(admitted, exchange.response, headers, converseStreamEvents(outcome.reply));
    },
  };
}

// Each block's events (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html):
// text and reasoning blocks get no contentBlockStart, only deltas (reasoning text, then its
// signature just before the block closes); a tool call opens with contentBlockStart naming the
// tool (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ContentBlockStart.html),
// then its input JSON in string pieces (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolUseBlockDelta.html).
function blockEvents(block: ConverseAnswerBlock, contentBlockIndex: number, textPieces: readonly string[]): StreamEvent[] {
  const delta = (member: Record<string, unknown>): StreamEvent => ({ eventType: "contentBlockDelta", payload: { contentBlockIndex, delta: member } });
  if ("text" in block) return textPieces.map((text) => delta({ text }));
  if ("reasoningContent" in block) {
    const { text, signature } = block.reasoningContent.reasoningText;
    return [...splitIntoPieces(text).map((piece) => delta({ reasoningContent: { text: piece } })), delta({ reasoningContent: { signature } })];
  }
  const { toolUseId, name, input } = block.toolUse;
  return [
    { eventType: "contentBlockStart", payload: { contentBlockIndex, start: { toolUse: { toolUseId, name } } } },
    ...inputPieces(input).map((piece) => delta({ toolUse: { input: piece } })),
  ];
}

// The events of a reply, each payload its member's own JSON, with no `bytes` wrapper.
function converseStreamEvents(reply: ConverseReply): StreamEventSource[] {
  const blocks = reply.content.flatMap((block, index) => [
    ...blockEvents(block, index, reply.pieces),
    { eventType: "contentBlockStop", payload: { contentBlockIndex: index } },
  ]);
  return [
    () => ({ eventType: "messageStart", payload: { role: "assistant" } }),
    ...blocks.map(
      (event): StreamEventSource =>
        () =>
          event,
    ),
    () => ({ eventType: "messageStop", payload: { stopReason: reply.stopReason } }),
    (clock) => ({ eventType: "metadata", payload: { usage: reply.usage, metrics: { latencyMs: clock.latencyMs() } } }),
  ];
}
