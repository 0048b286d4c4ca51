import { injectFault } from "../helpers/emulator-harness";
import { startCollector } from "../helpers/otlp-collector";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { collectServerSentEvents } from "../helpers/sse-client";
import { collectStream, connectWebSocket } from "../helpers/subscription-client";
import { waitFor } from "../helpers/wait-for";

const INVOKE = /* GraphQL */ `
  mutation Invoke($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on TextResult {
        text
      }
      ... on BedrockError {
        code
      }
    }
  }
`;
const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";
const CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN = "00f067aa0ba902b7";

describe("OpenTelemetry tracing", () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let harness: GatewayHarness;
  const logLines: string[] = [];

  beforeAll(async () => {
    collector = await startCollector();
    harness = await startGatewayHarness(
      {},
      {
        logLines,
        tracing: {
          endpoint: collector.url,
          headers: { "x-collector-key": "collector-secret" },
          serviceName: "gateway-under-test",
          exportDelayMs: 50,
        },
      },
    );
  });
  afterAll(async () => {
    await harness.close();
    await collector.close();
  });

  const spansOfTrace = async (traceId: string, count: number) => {
    await waitFor(async () => collector.spans.filter((span) => span.traceId === traceId).length >= count);
    return collector.spans.filter((span) => span.traceId === traceId);
  };

  it("continues the caller's trace: the request's span, and the invocation's span under it", async () => {
    const prompt = "Describe the tracing glacier in one line";
    const response = await harness.graphql(
      INVOKE,
      { input: { modelId: CLAUDE, text: { prompt, maxTokens: 30 } } },
      { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` },
    );
    expect(response.data?.invokeModel.__typename).toBe("TextResult");

    const spans = await spansOfTrace(CALLER_TRACE, 2);
    const request = spans.find((span) => span.parentSpanId === CALLER_SPAN)!;
    expect(request).toMatchObject({ name: "mutation Invoke", kind: 2, serviceName: "gateway-under-test" });
    expect(request.attributes).toMatchObject({
      "http.request.method": "POST",
      "http.route": "/graphql",
      "http.response.status_code": 200,
      "graphql.operation.type": "mutation",
      "graphql.operation.name": "Invoke",
    });

    const invocation = spans.find((span) => span.parentSpanId === request.spanId)!;
    expect(invocation).toMatchObject({ name: `InvokeModel ${CLAUDE}`, kind: 3 });
    expect(invocation.status?.code ?? 0).not.toBe(2);
    expect(invocation.attributes).toMatchObject({
      "gen_ai.system": "aws.bedrock",
      "gen_ai.request.model": CLAUDE,
      "gateway.outcome": "TEXT",
      "gateway.attempts": 1,
      "gateway.request_id": request.attributes["gateway.request_id"],
      "enduser.id": "anonymous",
    });
    expect(invocation.attributes["gen_ai.usage.input_tokens"]).toBeGreaterThan(0);
    expect(invocation.attributes["gen_ai.usage.output_tokens"]).toBeGreaterThan(0);

    // The invocation's log line names the trace, so a log search leads to the trace and back.
    const logged = logLines.map((line) => JSON.parse(line)).find((line) => line.msg === "invocation" && line.traceId === CALLER_TRACE);
    expect(logged).toMatchObject({ modelId: CLAUDE, outcome: "TEXT" });
    // Spans say what was called, never what was asked, and carry no collector credentials.
    expect(collector.bodies.join("\n")).not.toContain(prompt);
    expect(collector.bodies.join("\n")).not.toContain("collector-secret");
  });

  it("starts a new trace for a caller that sends none", async () => {
    const before = collector.spans.length;
    await harness.graphql(INVOKE, { input: { modelId: CLAUDE, text: { prompt: "Name a fjord", maxTokens: 10 } } });
    await waitFor(async () => collector.spans.length >= before + 2);
    const request = collector.spans.slice(before).find((span) => span.name === "mutation Invoke")!;
    expect(request.parentSpanId ?? "").toBe("");
    expect(request.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(request.traceId).not.toBe(CALLER_TRACE);
  });

  it("traces a stream over SSE: the request's span, and the stream's invocation under it", async () => {
    const traceId = "c1c2c3c4c5c6c7c8c9c0d1d2d3d4d5d6";
    const subscription = /* GraphQL */ `
      subscription Stream($input: InvokeModelInput!) {
        invokeModelStream(input: $input) {
          __typename
        }
      }
    `;
    const { payloads } = await collectServerSentEvents(
      `${harness.gatewayUrl}/stream`,
      subscription,
      { input: { modelId: CLAUDE, text: { prompt: "Name a moraine", maxTokens: 20 } } },
      { traceparent: `00-${traceId}-${CALLER_SPAN}-01` },
    );
    expect(payloads.at(-1)?.data.invokeModelStream.__typename).toBe("StreamCompleted");
    const spans = await spansOfTrace(traceId, 2);
    const request = spans.find((span) => span.parentSpanId === CALLER_SPAN)!;
    expect(request.attributes).toMatchObject({ "http.route": "/graphql/stream" });
    const stream = spans.find((span) => span.parentSpanId === request.spanId)!;
    expect(stream).toMatchObject({ name: `InvokeModelWithResponseStream ${CLAUDE}` });
    expect(stream.attributes).toMatchObject({ "gateway.streamed": true, "gateway.outcome": "TEXT" });
  });

  it("runs each WebSocket operation in a span of its own, its invocations under it", async () => {
    const client = connectWebSocket(harness.gatewayUrl);
    try {
      const before = collector.spans.length;
      const mutation = await new Promise<Record<string, any>>((resolve, reject) => {
        client.subscribe(
          { query: INVOKE, variables: { input: { modelId: CLAUDE, text: { prompt: "Name a cirque", maxTokens: 10 } } } },
          { next: (result) => resolve(result.data as Record<string, any>), error: reject, complete: () => undefined },
        );
      });
      expect(mutation.invokeModel.__typename).toBe("TextResult");
      const streamQuery = /* GraphQL */ `
        subscription Stream($input: InvokeModelInput!) {
          invokeModelStream(input: $input) {
            __typename
          }
        }
      `;
      const { events } = await collectStream(client, streamQuery, { input: { modelId: CLAUDE, text: { prompt: "Name a tarn", maxTokens: 10 } } });
      expect(events.at(-1)?.event.__typename).toBe("StreamCompleted");

      await waitFor(async () => collector.spans.slice(before).filter((span) => span.attributes["network.protocol.name"] === "websocket").length >= 2);
      await waitFor(async () => collector.spans.slice(before).filter((span) => span.name.startsWith("InvokeModel")).length >= 2);
      const spans = collector.spans.slice(before);
      const operation = spans.find((span) => span.name === "mutation Invoke")!;
      expect(operation.parentSpanId ?? "").toBe("");
      expect(operation.attributes).toMatchObject({ "network.protocol.name": "websocket", "graphql.operation.type": "mutation" });
      const invocation = spans.find((span) => span.name === `InvokeModel ${CLAUDE}`)!;
      expect(invocation).toMatchObject({ traceId: operation.traceId, parentSpanId: operation.spanId });

      const subscription = spans.find((span) => span.name === "subscription Stream")!;
      const stream = spans.find((span) => span.name === `InvokeModelWithResponseStream ${CLAUDE}`)!;
      expect(stream).toMatchObject({ traceId: subscription.traceId, parentSpanId: subscription.spanId });
    } finally {
      await client.dispose();
    }
  });

  it("marks a failed invocation's span as an error, with its kind and every attempt", async () => {
    await injectFault(harness.emulatorUrl, { exception: "ThrottlingException", count: 3, modelId: CLAUDE });
    const traceId = "a1a2a3a4a5a6a7a8a9a0b1b2b3b4b5b6";
    const response = await harness.graphql(
      INVOKE,
      { input: { modelId: CLAUDE, text: { prompt: "Name a glacier", maxTokens: 10 } } },
      { traceparent: `00-${traceId}-${CALLER_SPAN}-01` },
    );
    expect(response.data?.invokeModel.code).toBe("THROTTLING");
    const invocation = (await spansOfTrace(traceId, 2)).find((span) => span.name.startsWith("InvokeModel"))!;
    expect(invocation.status?.code).toBe(2);
    expect(invocation.attributes).toMatchObject({ "error.type": "Throttling", "gateway.error_source": "BEDROCK", "gateway.attempts": 3 });
  });
});
