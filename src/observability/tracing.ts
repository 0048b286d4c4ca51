import { context, ROOT_CONTEXT, type Context, type Tracer } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { type IncomingHttpHeaders } from "node:http";
import { type TracingSettings } from "../config/tracing.settings";
import { createOtlpJsonExporter } from "./otlp-json-exporter";

export interface Tracing {
  tracer: Tracer;
  /** The caller's trace (W3C `traceparent`/`tracestate` headers), or a new root when it sent none. */
  parentFrom(headers: IncomingHttpHeaders): Context;
  /** Exports what is buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * Spans go to an OTLP/HTTP collector as JSON, in batches, off the request path. The active span follows
 * each request through its async calls (AsyncLocalStorage), so an invocation's span is a child
 * of the HTTP request's without being passed along by hand. The context manager is
 * process-wide; it is installed once, by the first gateway that traces.
 */
export function startTracing(options: TracingSettings): Tracing {
  const contextManager = new AsyncLocalStorageContextManager().enable();
  if (!context.setGlobalContextManager(contextManager)) contextManager.disable();
  const exporter = createOtlpJsonExporter({ url: options.endpoint, headers: options.headers });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: options.exportDelayMs })],
  });
  const propagator = new W3CTraceContextPropagator();
  return {
    tracer: provider.getTracer("bedrock-graphql-gateway"),
    parentFrom: (headers) =>
      propagator.extract(ROOT_CONTEXT, headers, {
        get: (carrier, key) => carrier[key],
        keys: (carrier) => Object.keys(carrier),
      }),
    shutdown: () => provider.shutdown(),
  };
}
