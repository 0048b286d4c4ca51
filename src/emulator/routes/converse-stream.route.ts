import { answerConverse, type ConverseReply } from "../engines/answer-converse";
import { answerWithEventStream, type StreamEventSource } from "../event-stream-answer";
import { admitModelCall, type ModelCallServices } from "../model-call-admission";
import { type Route } from "../route.types";

/**
 * `POST /model/{modelId}/converse-stream` (ConverseStream): the checks and faults of InvokeModel,
 * then the Converse answer as event frames, each named for its `ConverseStreamOutput` member.
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

// The events of a text reply (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html).
// Text blocks get no contentBlockStart; the payloads are the members' own JSON, with no `bytes` wrapper.
function converseStreamEvents(reply: ConverseReply): StreamEventSource[] {
  return [
    () => ({ eventType: "messageStart", payload: { role: "assistant" } }),
    ...reply.pieces.map((text): StreamEventSource => () => ({ eventType: "contentBlockDelta", payload: { contentBlockIndex: 0, delta: { text } } })),
    () => ({ eventType: "contentBlockStop", payload: { contentBlockIndex: 0 } }),
    () => ({ eventType: "messageStop", payload: { stopReason: reply.stopReason } }),
    (clock) => ({ eventType: "metadata", payload: { usage: reply.usage, metrics: { latencyMs: clock.latencyMs() } } }),
  ];
}
