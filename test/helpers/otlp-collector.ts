import http from "node:http";
import { type AddressInfo } from "node:net";

/** One span as an OTLP/HTTP JSON export carries it, attributes flattened. */
export interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  status?: { code?: number; message?: string };
  attributes: Record<string, unknown>;
  serviceName: unknown;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
type OtlpAttribute = { key: string; value: OtlpValue };

const valueOf = (value: OtlpValue) =>
  value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : (value.boolValue ?? value.doubleValue));
const flatten = (attributes: OtlpAttribute[] = []) => Object.fromEntries(attributes.map(({ key, value }) => [key, valueOf(value)]));

/** A stand-in OpenTelemetry collector: keeps every span POSTed to /v1/traces, and the raw bodies. */
export async function startCollector() {
  const spans: ExportedSpan[] = [];
  const bodies: string[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      bodies.push(body);
      const exported = JSON.parse(body) as {
        resourceSpans: Array<{
          resource: { attributes: OtlpAttribute[] };
          scopeSpans: Array<{ spans: Array<Omit<ExportedSpan, "attributes" | "serviceName"> & { attributes: OtlpAttribute[] }> }>;
        }>;
      };
      for (const { resource, scopeSpans } of exported.resourceSpans) {
        const serviceName = flatten(resource.attributes)["service.name"];
        for (const { spans: batch } of scopeSpans)
          for (const span of batch) spans.push({ ...span, attributes: flatten(span.attributes), serviceName });
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`,
    spans,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
