import { Writable } from "node:stream";
import { pino } from "pino";
import { clearEmulator, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { collectServerSentEvents } from "../helpers/sse-client";
import { collectStream, connectWebSocket, STREAM_SUBSCRIPTION } from "../helpers/subscription-client";

const INVOKE = `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename } }`;
const MODEL = "anthropic.claude-3-haiku-20240307-v1:0";

/** A pino logger writing JSON lines into an array, as a log shipper would read them. */
function capturingLogger(): { logger: pino.Logger; lines: Array<Record<string, any>> } {
  const lines: Array<Record<string, any>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line) lines.push(JSON.parse(line) as Record<string, any>);
      done();
    },
  });
  return { logger: pino({ level: "info" }, destination), lines };
}

describe("observability", () => {
  let harness: GatewayHarness;
  let lines: Array<Record<string, any>>;
  const root = () => new URL("/", harness.gatewayUrl);
  beforeAll(async () => {
    const captured = capturingLogger();
    lines = captured.lines;
    harness = await startGatewayHarness({ maxAttempts: 2 }, { logger: captured.logger, limits: { maxAliases: 1 } });
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  it("logs one line per invocation, with no prompt text or credentials", async () => {
    await harness.graphql(INVOKE, { input: { modelId: MODEL, text: { prompt: "a secret plan" } } });
    const invocations = lines.filter((line) => line.msg === "invocation");
    expect(invocations).toHaveLength(1);
    expect(invocations[0]).toMatchObject({ principal: "anonymous", modelId: MODEL, outcome: "TEXT", attempts: 1, streamed: false });
    expect(invocations[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof invocations[0]!.latencyMs).toBe("number");
    expect(invocations[0]!.inputTokens).toBeGreaterThan(0);
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain("a secret plan");
    expect(everything).not.toContain("local-emulator-placeholder");
  });

  it("logs the failure kind and the upstream attempts of a failed call", async () => {
    await injectFault(harness.emulatorUrl, { exception: "ThrottlingException", count: 2 });
    await harness.graphql(INVOKE, { input: { modelId: MODEL, text: { prompt: "hi" } } });
    expect(lines.filter((line) => line.msg === "invocation").at(-1)).toMatchObject({ outcome: "Throttling", source: "BEDROCK", attempts: 2 });
  });

  it("exports Prometheus metrics at /metrics", async () => {
    await harness.graphql(
      `mutation { a: invokeModel(input: { modelId: "${MODEL}", text: { prompt: "x" } }) { __typename } b: invokeModel(input: { modelId: "${MODEL}", text: { prompt: "x" } }) { __typename } }`,
    );
    const response = await fetch(new URL("/metrics", root()));
    expect(response.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(
      new RegExp(`bedrock_invocations_total\\{model="${MODEL.replace(/[.:]/g, "\\$&")}",outcome="TEXT",source="",streamed="false"\\} \\d`),
    );
    expect(text).toMatch(/bedrock_invocation_duration_seconds_bucket/);
    expect(text).toMatch(/bedrock_tokens_total\{model="[^"]+",direction="output"\}/);
    expect(text).toMatch(/bedrock_upstream_retries_total\{model="[^"]+"\} 1/);
    expect(text).toMatch(/graphql_limit_rejections_total\{limit="aliases"\} 1/);
    expect(text).toMatch(/graphql_operations_total\{type="mutation",outcome="ok",transport="http"\}/);
    expect(text).toMatch(/bedrock_open_streams 0/);
  });

  it("counts operations arriving over WebSocket and SSE, accepted or refused", async () => {
    const input = { modelId: MODEL, text: { prompt: "hi", maxTokens: 5 } };
    const client = connectWebSocket(harness.gatewayUrl);
    await collectStream(client, STREAM_SUBSCRIPTION, { input });
    await client.dispose();
    await collectServerSentEvents(`${harness.gatewayUrl}/stream`, STREAM_SUBSCRIPTION, { input });
    await collectServerSentEvents(`${harness.gatewayUrl}/stream`, "subscription { nope }");
    const text = await (await fetch(new URL("/metrics", root()))).text();
    expect(text).toMatch(/graphql_operations_total\{type="subscription",outcome="ok",transport="websocket"\} 1/);
    expect(text).toMatch(/graphql_operations_total\{type="subscription",outcome="ok",transport="sse"\} 1/);
    expect(text).toMatch(/graphql_operations_total\{type="unknown",outcome="error",transport="sse"\} 1/);
  });

  it("counts embedding cache hits and the texts per merged embedding call", async () => {
    const input = (text: string) => ({ modelId: "cohere.embed-english-v3", embedding: { text } });
    // One invokeModels list merges its texts whatever the timing; concurrent operations depend on the 5 ms window.
    await harness.graphql(`mutation ($inputs: [InvokeModelInput!]!) { invokeModels(inputs: $inputs) { __typename } }`, {
      inputs: [input("first text"), input("second text"), input("third text")],
    });
    await harness.graphql(INVOKE, { input: input("first text") });
    const text = await (await fetch(new URL("/metrics", root()))).text();
    expect(text).toMatch(/bedrock_embedding_cache_hits_total\{model="cohere\.embed-english-v3"\} 1/);
    // The three texts shared one call, so a batch of 3 is observed.
    expect(text).toMatch(/bedrock_embedding_batch_size_bucket\{le="4",model="cohere\.embed-english-v3"\} 1/);
    expect(text).toMatch(/bedrock_embedding_batch_size_count\{model="cohere\.embed-english-v3"\} 1/);
  });

  it("answers /healthz and /readyz", async () => {
    expect((await fetch(new URL("/healthz", root()))).status).toBe(200);
    const ready = await fetch(new URL("/readyz", root()));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", checks: { bedrock: true } });
  });
});

describe("readiness when Bedrock is unreachable", () => {
  it("answers /readyz with 503 naming the upstream", async () => {
    const harness = await startGatewayHarness({ endpoint: "http://127.0.0.1:9", connectTimeoutMs: 500 });
    try {
      const response = await fetch(new URL("/readyz", harness.gatewayUrl));
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "not-ready", failing: ["bedrock"] });
      expect((await fetch(new URL("/healthz", harness.gatewayUrl))).status).toBe(200);
    } finally {
      await harness.close();
    }
  });
});
