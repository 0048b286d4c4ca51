import { echoedHeaders } from "../echoed-headers";
import { answerInvokeStream } from "../engines/answer-invoke-stream";
import { type StreamChunk } from "../engines/engine.types";
import { answerWithEventStream, type StreamClock, type StreamEvent, type StreamEventSource } from "../event-stream-answer";
import { admitModelCall, type ModelCallServices } from "../model-call-admission";
import { type Route } from "../route.types";

/**
 * `POST /model/{modelId}/invoke-with-response-stream` (InvokeModelWithResponseStream): the
 * checks and faults of InvokeModel, then the family's chunks as `chunk` event frames.
 */
export function invokeModelStreamRoute(services: ModelCallServices): Route {
  return {
    method: "POST",
    path: /^\/model\/([^/]+)\/invoke-with-response-stream$/,
    async handle(exchange, [segment]) {
      const admitted = await admitModelCall(exchange, segment, "InvokeModelWithResponseStream", services);
      if (admitted === undefined) return;
      // Errors found here still go out as ordinary HTTP errors: no frame has been written yet.
      const outcome = answerInvokeStream(admitted.modelId, admitted.body);
      if (!outcome.ok) return admitted.fail({ name: outcome.exception, message: outcome.message });
      const last = outcome.chunks.length - 1;
      const events = outcome.chunks.map(
        (chunk, index): StreamEventSource =>
          (clock) =>
            chunkEvent(index === last ? withInvocationMetrics(chunk, outcome, clock) : chunk),
      );
      const headers = {
        "Content-Type": "application/vnd.amazon.eventstream",
        // The MIME type of each chunk's bytes, which the SDK returns as `contentType`:
        // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html
        "X-Amzn-Bedrock-Content-Type": "application/json",
        "x-amzn-RequestId": admitted.requestId,
        ...echoedHeaders(exchange.request),
      };
      await answerWithEventStream(admitted, exchange.response, headers, events);
    },
  };
}

// A `chunk` member is a PayloadPart: the family's JSON, base64-encoded, in `bytes` (same page).
function chunkEvent(chunk: StreamChunk): StreamEvent {
  return { eventType: "chunk", payload: { bytes: Buffer.from(JSON.stringify(chunk)).toString("base64") } };
}

// Stream usage is not in headers: Bedrock adds it to the last chunk's JSON (see src/models/invocation-metrics.ts).
function withInvocationMetrics(chunk: StreamChunk, tokens: { inputTokens: number; outputTokens: number }, clock: StreamClock): StreamChunk {
  return {
    ...chunk,
    "amazon-bedrock-invocationMetrics": {
      inputTokenCount: tokens.inputTokens,
      outputTokenCount: tokens.outputTokens,
      invocationLatency: clock.latencyMs(),
      firstByteLatency: clock.firstByteLatencyMs(),
    },
  };
}
