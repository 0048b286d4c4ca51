import { type Logger } from "pino";
import { type InvocationObserver } from "../service/invocation-observer";
import { type GatewayMetrics } from "./gateway-metrics";

/**
 * The observer the gateway runs with: one JSON log line per invocation and the matching
 * metrics. The record holds no input text or credentials, so the line cannot leak them.
 */
export function createInvocationTelemetry(logger: Logger, metrics: GatewayMetrics): InvocationObserver {
  return {
    invocationFinished(record) {
      logger.info(
        {
          requestId: record.requestId,
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
