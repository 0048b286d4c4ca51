import { type Client } from "graphql-ws";
import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { collectStream, connectWebSocket, STREAM_SUBSCRIPTION } from "../helpers/subscription-client";
import { waitFor } from "../helpers/wait-for";

const INVOKE_TEXT = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      ... on TextResult {
        text
        stopReason
        usage {
          inputTokens
          outputTokens
        }
      }
    }
  }
`;

const STREAMING_MODELS = [
  "anthropic.claude-3-haiku-20240307-v1:0",
  "amazon.titan-text-express-v1",
  "amazon.nova-lite-v1:0",
  "cohere.command-r-v1:0",
  "meta.llama3-8b-instruct-v1:0",
  "mistral.mistral-7b-instruct-v0:2",
  "mistral.mistral-large-2407-v1:0",
  "ai21.jamba-1-5-mini-v1:0",
  "us.deepseek.r1-v1:0",
  "openai.gpt-oss-120b-1:0",
  "qwen.qwen3-235b-a22b-2507-v1:0",
  "us.writer.palmyra-x4-v1:0",
];

describe("invokeModelStream over WebSocket (graphql-ws)", () => {
  let harness: GatewayHarness;
  let client: Client;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 });
    client = connectWebSocket(harness.gatewayUrl);
  });
  afterAll(async () => {
    await client.dispose();
    await harness.close();
  });
  afterEach(() => clearEmulator(harness.emulatorUrl));

  it.each(STREAMING_MODELS)("streams %s's answer as TextDeltas, then StreamCompleted with usage", async (modelId) => {
    const input = { modelId, text: { prompt: "Describe a calm mountain lake at dawn", maxTokens: 40 } };
    const { events } = await collectStream(client, STREAM_SUBSCRIPTION, { input });
    const deltas = events.map((received) => received.event).filter((event) => event.__typename === "TextDelta");
    const last = events[events.length - 1].event;
    expect(deltas.length).toBeGreaterThan(1);
    // Positions count every delta of the stream; reasoning (DeepSeek-R1's) comes before the text.
    expect(deltas.every((delta, position) => position === 0 || delta.index === deltas[position - 1].index + 1)).toBe(true);
    expect(last.__typename).toBe("StreamCompleted");
    expect(last.usage.inputTokens).toBeGreaterThan(0);
    expect(last.usage.outputTokens).toBeGreaterThan(0);
    expect(last.requestId).toMatch(/\S/);
    expect(last.firstTokenLatencyMs).toBeLessThanOrEqual(last.latencyMs);

    // The stream says exactly what the one-shot call says.
    const oneShot = (await harness.graphql(INVOKE_TEXT, { input })).data?.invokeModel;
    expect(deltas.map((delta) => delta.text).join("")).toBe(oneShot.text);
    expect(last.stopReason).toBe(oneShot.stopReason);
  });

  it("delivers the first TextDelta while the emulator is still sending", async () => {
    await injectFault(harness.emulatorUrl, { chunkDelayMs: 150 });
    let outcomeAtFirstDelta: string | undefined;
    const input = { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "Tell me a story about rivers", maxTokens: 12 } };
    const pendingCheck: Array<Promise<void>> = [];
    const { events } = await collectStream(client, STREAM_SUBSCRIPTION, { input }, (received, all) => {
      if (received.event.__typename === "TextDelta" && all.filter((item) => item.event.__typename === "TextDelta").length === 1) {
        pendingCheck.push(fetchCalls(harness.emulatorUrl).then((calls) => void (outcomeAtFirstDelta = calls[0].outcome)));
      }
    });
    await Promise.all(pendingCheck);
    expect(outcomeAtFirstDelta).toBe("pending");
    const deltas = events.filter((received) => received.event.__typename === "TextDelta");
    // Paced chunks arrive spread out, not in one burst at the end.
    expect(deltas[deltas.length - 1].at - deltas[0].at).toBeGreaterThanOrEqual(150 * (deltas.length - 2));
  });

  it.each([
    ["modelStreamErrorException", "ModelError"],
    ["throttlingException", "ThrottlingError"],
    ["internalServerException", "InternalServerError"],
  ] as const)("turns a mid-stream %s into a %s event that ends the stream", async (streamException, typename) => {
    await injectFault(harness.emulatorUrl, { streamException, afterChunks: 3 });
    const { events } = await collectStream(client, STREAM_SUBSCRIPTION, {
      input: { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "Count the stars", maxTokens: 50 } },
    });
    const last = events[events.length - 1].event;
    expect(last).toMatchObject({ __typename: typename, source: "BEDROCK" });
    expect(events.some((received) => received.event.__typename === "StreamCompleted")).toBe(false);
  });

  it("turns a failure before the stream into its typed error event", async () => {
    await injectFault(harness.emulatorUrl, { exception: "ThrottlingException" });
    const { events } = await collectStream(client, STREAM_SUBSCRIPTION, {
      input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } },
    });
    expect(events.map((received) => received.event.__typename)).toEqual(["ThrottlingError"]);
    expect(events[0].event.retryable).toBe(true);
  });

  it("refuses a subscription sent as a plain HTTP request, pointing at WebSocket and SSE", async () => {
    const response = await harness.graphql(
      `subscription { invokeModelStream(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining("/graphql/stream"), extensions: { code: "BAD_REQUEST" } });
  });

  it("refuses to stream an embedding model, sending nothing upstream", async () => {
    const { events } = await collectStream(client, STREAM_SUBSCRIPTION, {
      input: { modelId: "amazon.titan-embed-text-v2:0", text: { prompt: "hi" } },
    });
    expect(events.map((received) => received.event.__typename)).toEqual(["ValidationError"]);
    expect(await fetchCalls(harness.emulatorUrl)).toEqual([]);
  });

  it("aborts the upstream stream when the client completes the subscription", async () => {
    await injectFault(harness.emulatorUrl, { chunkDelayMs: 100 });
    const { cancelled } = await collectStream(
      client,
      STREAM_SUBSCRIPTION,
      { input: { modelId: "amazon.titan-text-express-v1", text: { prompt: "A long tale of the sea", maxTokens: 60 } } },
      (received) => received.event.__typename === "TextDelta",
    );
    expect(cancelled).toBe(true);
    await waitFor(async () => (await fetchCalls(harness.emulatorUrl))[0]?.outcome === "abandoned");
    const [call] = await fetchCalls(harness.emulatorUrl);
    expect(call.chunksSent).toBeLessThan(10);
  });

  it("aborts the upstream stream when the client's socket drops", async () => {
    await injectFault(harness.emulatorUrl, { chunkDelayMs: 100 });
    const dropping = connectWebSocket(harness.gatewayUrl);
    await collectStream(
      dropping,
      STREAM_SUBSCRIPTION,
      { input: { modelId: "meta.llama3-8b-instruct-v1:0", text: { prompt: "A long tale of the sea", maxTokens: 60 } } },
      (received) => {
        if (received.event.__typename !== "TextDelta") return false;
        void dropping.dispose();
        return true;
      },
    );
    await waitFor(async () => (await fetchCalls(harness.emulatorUrl))[0]?.outcome === "abandoned");
  });
});
