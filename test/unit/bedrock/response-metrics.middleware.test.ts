import { type InitializeHandler, type MetadataBearer, type MiddlewareStack } from "@smithy/types";
import { RESPONSE_METRICS, responseMetricsPlugin, type WithResponseMetrics } from "../../../src/bedrock/response-metrics.middleware";

/** Runs the plugin's middleware over one raw response with these headers. */
async function metricsFrom(headers: Record<string, string>) {
  let middleware: ((next: InitializeHandler<object, MetadataBearer>) => InitializeHandler<object, MetadataBearer>) | undefined;
  responseMetricsPlugin.applyToStack({ add: (added: typeof middleware) => (middleware = added) } as unknown as MiddlewareStack<
    object,
    MetadataBearer
  >);
  const handler = middleware!(async () => ({ output: { $metadata: {} }, response: { headers } }));
  const { output } = await handler({ input: {} });
  return (output as WithResponseMetrics)[RESPONSE_METRICS];
}

describe("reading Bedrock's response headers", () => {
  it("reads prompt-cache read and write counts, whatever the header case", async () => {
    const metrics = await metricsFrom({
      "X-Amzn-Bedrock-Input-Token-Count": "12",
      "x-amzn-bedrock-output-token-count": "5",
      "X-Amzn-Bedrock-Cache-Read-Input-Token-Count": "2048",
      "X-Amzn-Bedrock-Cache-Write-Input-Token-Count": "0",
    });
    expect(metrics).toMatchObject({ inputTokens: 12, outputTokens: 5, cacheReadInputTokens: 2048, cacheWriteInputTokens: 0 });
  });

  it("leaves cache counts null when caching took no part", async () => {
    expect(await metricsFrom({ "x-amzn-bedrock-input-token-count": "3" })).toMatchObject({ cacheReadInputTokens: null, cacheWriteInputTokens: null });
  });
});
