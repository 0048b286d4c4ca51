import { z } from "zod";
import { intRange } from "./setting-schemas";

/** OpenTelemetry tracing, exported over OTLP/HTTP (JSON); off unless an endpoint is set. */
export interface TracingSettings {
  /**
   * Where spans are POSTed. Env: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (the full URL), or
   * OTEL_EXPORTER_OTLP_ENDPOINT (a base URL; `/v1/traces` is appended), as OpenTelemetry names them.
   */
  endpoint: string;
  /** Extra request headers for the collector (often an API key). Env: OTEL_EXPORTER_OTLP_HEADERS, `name=value,name=value`. */
  headers: Record<string, string>;
  /** The `service.name` of every span. Env: OTEL_SERVICE_NAME, default `bedrock-graphql-gateway`. */
  serviceName: string;
  /**
   * How long finished spans wait to be exported in one batch, in milliseconds.
   * Env: OTEL_BSP_SCHEDULE_DELAY (OpenTelemetry's name), default 5000.
   */
  exportDelayMs: number;
}

/** OTEL_EXPORTER_OTLP_HEADERS values are percent-encoded; null when one is malformed. */
function percentDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export const tracingVariables = {
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/, error: "OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL" }).optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http:// or https:// URL" })
    .optional(),
  // The message never repeats the value: collector headers usually carry a key.
  OTEL_EXPORTER_OTLP_HEADERS: z
    .string()
    .transform((text, context) => {
      const headers: Record<string, string> = {};
      for (const pair of text.split(",")) {
        const at = pair.indexOf("=");
        const name = pair.slice(0, at).trim();
        const value = at > 0 && name !== "" ? percentDecoded(pair.slice(at + 1).trim()) : null;
        if (value === null) {
          context.addIssue({ code: "custom", message: "OTEL_EXPORTER_OTLP_HEADERS must be name=value pairs separated by commas" });
          return z.NEVER;
        }
        headers[name] = value;
      }
      return headers;
    })
    .optional(),
  OTEL_SERVICE_NAME: z.string().default("bedrock-graphql-gateway"),
  OTEL_BSP_SCHEDULE_DELAY: intRange("OTEL_BSP_SCHEDULE_DELAY", 1, 600_000).default(5_000),
};

type TracingValues = z.infer<z.ZodObject<typeof tracingVariables>>;

/** Null: no tracing, as when neither endpoint variable is set. */
export function readTracingSettings(values: TracingValues): TracingSettings | null {
  const base = values.OTEL_EXPORTER_OTLP_ENDPOINT;
  const endpoint = values.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base.replace(/\/+$/, "")}/v1/traces` : null);
  if (endpoint === null) return null;
  return {
    endpoint,
    headers: values.OTEL_EXPORTER_OTLP_HEADERS ?? {},
    serviceName: values.OTEL_SERVICE_NAME,
    exportDelayMs: values.OTEL_BSP_SCHEDULE_DELAY,
  };
}
