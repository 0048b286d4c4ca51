import { SpanKind, SpanStatusCode, type Attributes, type Tracer } from "@opentelemetry/api";
import { type Logger } from "pino";
import { type InvocationObserver, type InvocationRecord } from "../service/invocation-observer";
import { type GatewayMetrics } from "./gateway-metrics";

/**
 * One span for a finished invocation, child of the request's span when there is one (HTTP and
 * SSE). It is made when the outcome is known, with its start set back by the measured latency,
 * so the invocation path carries no tracing work while the call is in flight.
 */
function recordSpan(tracer: Tracer, record: InvocationRecord): string {
  const endTime = performance.timeOrigin + performance.now();
  const attributes: Attributes = {
    "gen_ai.system": "aws.bedrock",
    "gen_ai.request.model": record.modelId,
    "enduser.id": record.principal,
    "gateway.request_id": record.requestId ?? "",
    "gateway.outcome": record.outcome,
    "gateway.attempts": record.attempts,
    "gateway.streamed": record.streamed,
    "gateway.cached": record.cached,
  };
  if (record.inputTokens !== null) attributes["gen_ai.usage.input_tokens"] = record.inputTokens;
  if (record.outputTokens !== null) attributes["gen_ai.usage.output_tokens"] = record.outputTokens;
  if (!record.ok) {
    attributes["error.type"] = record.outcome;
    if (record.source) attributes["gateway.error_source"] = record.source;
  }
  const operation = record.streamed ? "InvokeModelWithResponseStream" : "InvokeModel";
  const span = tracer.startSpan(`${operation} ${record.modelId}`, { kind: SpanKind.CLIENT, startTime: endTime - record.latencyMs, attributes });
  if (!record.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: `${record.outcome} (${record.source ?? "unknown source"})` });
  span.end(endTime);
  return span.spanContext().traceId;
}

/**
 * The observer the gateway runs with: one JSON log line per invocation, the matching metrics,
 * and with a tracer one span, whose trace id the log line carries. The record holds no input
 * text or credentials, so none of them can leak it.
 */
export function createInvocationTelemetry(logger: Logger, metrics: GatewayMetrics, tracer: Tracer | null = null): InvocationObserver {
  return {
    invocationFinished(record) {
      const traceId = tracer ? recordSpan(tracer, record) : null;
      logger.info(
        {
          requestId: record.requestId,
          ...(traceId ? { traceId } : {}),
          principal: record.principal ?? "anonymous",
          modelId: record.modelId,
          outcome: record.outcome,
          ...(record.source ? { source: record.source } : {}),
          latencyMs: record.latencyMs,
          inputTokens: record.inputTokens,
          outputTokens: record.outputTokens,
          attempts: record.attempts,
          streamed: record.streamed,
          ...(record.cached ? { cached: true } : {}),
        },
        "invocation",
      );
      // A model id refused as invalid never reached Bedrock; labelling by it would let callers mint series.
      const model = record.outcome === "Validation" && record.source === "GATEWAY" ? "invalid" : metrics.modelLabel(record.modelId);
      const streamed = String(record.streamed);
      metrics.invocations.inc({ model, outcome: record.outcome, source: record.source ?? "", streamed });
      if (record.cached) metrics.embeddingCacheHits.inc({ model });
      metrics.invocationSeconds.observe({ model, streamed }, record.latencyMs / 1000);
      if (record.inputTokens) metrics.tokens.inc({ model, direction: "input" }, record.inputTokens);
      if (record.outputTokens) metrics.tokens.inc({ model, direction: "output" }, record.outputTokens);
      if (record.attempts > 0) metrics.upstreamAttempts.inc({ model }, record.attempts);
      if (record.attempts > 1) metrics.upstreamRetries.inc({ model }, record.attempts - 1);
    },
    streamOpened: () => metrics.openStreams.inc(),
    streamClosed: () => metrics.openStreams.dec(),
  };
}
