import { type InitializeMiddleware, type MetadataBearer, type Pluggable } from "@smithy/types";

/** Figures Bedrock sends only as response headers, which the SDK's output object leaves out. */
export interface ResponseMetrics {
  inputTokens: number | null;
  outputTokens: number | null;
  invocationLatencyMs: number | null;
  /** Prompt-cache tokens read and written, sent only when prompt caching took part. */
  cacheReadInputTokens: number | null;
  cacheWriteInputTokens: number | null;
}

/** Where the middleware leaves the metrics on the command output. */
export const RESPONSE_METRICS = Symbol("bedrockResponseMetrics");

export type WithResponseMetrics = { [RESPONSE_METRICS]?: ResponseMetrics };

function headerNumber(headers: Record<string, string>, name: string): number | null {
  const value = headers[name];
  if (value === undefined) return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : null;
}

/**
 * Reads X-Amzn-Bedrock-Input-Token-Count, -Output-Token-Count, -Invocation-Latency and the
 * -Cache-Read/-Cache-Write-Input-Token-Count pair from the
 * raw response (AWS SDK issue #5917 shows they are not modelled). Registered at the initialize
 * step so it sees the final attempt's response after retries.
 */
const readResponseMetrics: InitializeMiddleware<object, MetadataBearer> = (next) => async (args) => {
  const result = await next(args);
  const response = result.response as { headers?: Record<string, string> } | undefined;
  const headers = Object.fromEntries(Object.entries(response?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  (result.output as WithResponseMetrics)[RESPONSE_METRICS] = {
    inputTokens: headerNumber(headers, "x-amzn-bedrock-input-token-count"),
    outputTokens: headerNumber(headers, "x-amzn-bedrock-output-token-count"),
    invocationLatencyMs: headerNumber(headers, "x-amzn-bedrock-invocation-latency"),
    cacheReadInputTokens: headerNumber(headers, "x-amzn-bedrock-cache-read-input-token-count"),
    cacheWriteInputTokens: headerNumber(headers, "x-amzn-bedrock-cache-write-input-token-count"),
  };
  return result;
};

export const responseMetricsPlugin: Pluggable<object, MetadataBearer> = {
  applyToStack(stack) {
    stack.add(readResponseMetrics, { step: "initialize", name: "bedrockResponseMetrics" });
  },
};
