import { ExportResultCode, type ExportResult } from "@opentelemetry/core";
import { JsonTraceSerializer } from "@opentelemetry/otlp-transformer";
import { type ReadableSpan, type SpanExporter } from "@opentelemetry/sdk-trace-base";

export interface OtlpJsonExporterOptions {
  /** The collector's traces URL (…/v1/traces). */
  url: string;
  /** Sent with every export, e.g. the collector's API key. */
  headers: Record<string, string>;
  /** Longest one export may take before it counts as failed, in milliseconds. */
  timeoutMs?: number;
}

/**
 * Sends spans to an OTLP/HTTP collector as JSON, serialized by OpenTelemetry's own transformer.
 * OpenTelemetry's OTLP exporter loads `http` with a dynamic import(), which CommonJS under jest
 * cannot run, so the transport is this one fetch. A failed export drops its batch (the batch
 * processor reports it); tracing never holds up or fails a request.
 */
export function createOtlpJsonExporter({ url, headers, timeoutMs = 10_000 }: OtlpJsonExporterOptions): SpanExporter {
  const pending = new Set<Promise<void>>();
  return {
    export(spans: ReadableSpan[], done: (result: ExportResult) => void) {
      const body = JsonTraceSerializer.serializeRequest(spans);
      const sent = fetch(url, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      }).then(
        async (response) => {
          await response.body?.cancel();
          done(
            response.ok
              ? { code: ExportResultCode.SUCCESS }
              : { code: ExportResultCode.FAILED, error: new Error(`collector answered ${response.status}`) },
          );
        },
        (error: unknown) => done({ code: ExportResultCode.FAILED, error: error instanceof Error ? error : new Error(String(error)) }),
      );
      pending.add(sent);
      void sent.finally(() => pending.delete(sent));
    },
    async forceFlush() {
      await Promise.all(pending);
    },
    async shutdown() {
      await Promise.all(pending);
    },
  };
}
