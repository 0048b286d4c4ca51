import { type Client } from "graphql-ws";
import { hashApiKey } from "../../src/auth/authenticator";
import { injectFault } from "../helpers/emulator-harness";
import { policyAuth } from "../helpers/policy-auth";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { collectStream, connectWebSocket, STREAM_SUBSCRIPTION, type ReceivedEvent } from "../helpers/subscription-client";

const FLOODER_KEY = "flooder-key";
const OTHER_KEY = "other-key";
const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";
const INVOKE = `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on BedrockError { source message } } }`;

describe("one caller flooding a model", () => {
  let harness: GatewayHarness;
  const sockets: Client[] = [];

  beforeAll(async () => {
    const auth = policyAuth({
      version: 1,
      everyone: { statements: [{ effect: "allow", models: ["*"] }] },
      principals: { flooder: { apiKeys: [hashApiKey(FLOODER_KEY)] }, other: { apiKeys: [hashApiKey(OTHER_KEY)] } },
    });
    harness = await startGatewayHarness({ maxAttempts: 1 }, { auth });
  });
  afterAll(async () => {
    for (const socket of sockets) await socket.dispose();
    await harness.close();
  });

  it("refuses the flood past its shares with typed errors, and leaves the model to other callers", async () => {
    // Every stream is slow upstream, so the flood's streams stay open for seconds.
    await injectFault(harness.emulatorUrl, { chunkDelayMs: 100, count: 1_000 });
    const flood: Array<Promise<{ events: ReceivedEvent[] }>> = [];
    let floodFinishedAt = Infinity;
    for (let socket = 0; socket < 3; socket++) {
      const client = connectWebSocket(harness.gatewayUrl, { "x-api-key": FLOODER_KEY }, { lazy: false });
      sockets.push(client);
      for (let stream = 0; stream < 100; stream++) {
        const input = { modelId: CLAUDE, text: { prompt: `Flood story ${socket}-${stream}`, maxTokens: 60 } };
        flood.push(
          collectStream(client, STREAM_SUBSCRIPTION, { input }).then((result) => {
            if (result.events.at(-1)?.event.__typename === "StreamCompleted") floodFinishedAt = Math.min(floodFinishedAt, performance.now());
            return result;
          }),
        );
      }
    }

    // Another principal, on the same model and on another one, while the flood's streams run.
    const other = async (modelId: string) => {
      const answer = await harness.graphql(
        INVOKE,
        { input: { modelId, text: { prompt: "Still there?", maxTokens: 20 } } },
        { "x-api-key": OTHER_KEY },
      );
      return { typename: answer.data!.invokeModel.__typename as string, at: performance.now() };
    };
    const [sameModel, otherModel] = await Promise.all([other(CLAUDE), other("amazon.nova-lite-v1:0")]);
    const otherClient = connectWebSocket(harness.gatewayUrl, { "x-api-key": OTHER_KEY });
    sockets.push(otherClient);
    const otherStream = await collectStream(otherClient, STREAM_SUBSCRIPTION, {
      input: { modelId: CLAUDE, text: { prompt: "A short one", maxTokens: 5 } },
    });

    const results = await Promise.all(flood);
    const last = results.map((result) => result.events.at(-1)!.event);
    const completed = last.filter((event) => event.__typename === "StreamCompleted");
    const refused = last.filter((event) => event.__typename === "ThrottlingError");

    // The other caller was served, before the flood's first stream even finished.
    expect(sameModel.typename).toBe("TextResult");
    expect(otherModel.typename).toBe("TextResult");
    expect(otherStream.events.at(-1)!.event.__typename).toBe("StreamCompleted");
    expect(sameModel.at).toBeLessThan(floodFinishedAt);
    // The flood got at most its principal's 16 streams; the rest were refused at once, by the gateway.
    expect(completed.length).toBeLessThanOrEqual(16);
    expect(completed.length + refused.length).toBe(300);
    expect(refused.every((event) => event.source === "GATEWAY")).toBe(true);
    // Nothing was taken for Bedrock failing: no breaker opened, no ServiceUnavailable anywhere.
    expect(last.some((event) => event.__typename === "ServiceUnavailableError")).toBe(false);
    const metrics = await (await fetch(new URL("/metrics", harness.gatewayUrl))).text();
    expect(metrics).not.toMatch(/bedrock_breaker_state\{[^}]*\} [12]/);
  }, 60_000);
});
