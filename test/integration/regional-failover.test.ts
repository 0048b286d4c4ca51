import { type Client } from "graphql-ws";
import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { collectStream, connectWebSocket } from "../helpers/subscription-client";

const INVOKE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on TextResult {
        region
        attempts
        text
      }
      ... on BedrockError {
        message
        source
      }
    }
  }
`;

const STREAM = /* GraphQL */ `
  subscription ($input: InvokeModelInput!) {
    invokeModelStream(input: $input) {
      __typename
      ... on StreamCompleted {
        region
      }
    }
  }
`;

const INPUT = { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "Name a calm lake", maxTokens: 20 } };

// Two emulators stand for two Regions: us-east-1 (primary) and us-west-2 (fallback).
describe("cross-Region failover", () => {
  let harness: GatewayHarness;
  let client: Client;
  let primary: string;
  let fallback: string;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 2 }, { fallbackRegion: "us-west-2" });
    primary = harness.emulatorUrl;
    fallback = harness.fallbackEmulatorUrl!;
    client = connectWebSocket(harness.gatewayUrl);
  });
  afterAll(async () => {
    await client.dispose();
    await harness.close();
  });
  afterEach(async () => {
    await clearEmulator(primary);
    await clearEmulator(fallback);
  });

  it("serves from the primary Region while it answers", async () => {
    const { data } = await harness.graphql(INVOKE, { input: INPUT });
    expect(data!.invokeModel).toMatchObject({ __typename: "TextResult", region: "us-east-1", attempts: 1 });
    expect(await fetchCalls(fallback)).toEqual([]);
  });

  it.each(["ThrottlingException", "ModelNotReadyException", "ServiceUnavailableException"])(
    "moves to the fallback Region when %s outlasts the SDK's retries, then back",
    async (exception) => {
      await injectFault(primary, { exception, count: 2 });
      const failedOver = await harness.graphql(INVOKE, { input: INPUT });
      expect(failedOver.data!.invokeModel).toMatchObject({ __typename: "TextResult", region: "us-west-2", attempts: 3 });
      expect((await fetchCalls(primary)).length).toBe(2);
      expect((await fetchCalls(fallback)).length).toBe(1);

      const back = await harness.graphql(INVOKE, { input: INPUT });
      expect(back.data!.invokeModel).toMatchObject({ region: "us-east-1", attempts: 1 });
    },
  );

  it("does not fail over a failure another Region would repeat", async () => {
    await injectFault(primary, { exception: "ValidationException" });
    const { data } = await harness.graphql(INVOKE, { input: INPUT });
    expect(data!.invokeModel).toMatchObject({ __typename: "ValidationError", source: "BEDROCK" });
    expect(await fetchCalls(fallback)).toEqual([]);
  });

  it("returns the fallback's failure when both Regions are throttled", async () => {
    await injectFault(primary, { exception: "ThrottlingException", count: 2 });
    await injectFault(fallback, { exception: "ThrottlingException", count: 2 });
    const { data } = await harness.graphql(INVOKE, { input: INPUT });
    expect(data!.invokeModel.__typename).toBe("ThrottlingError");
    expect((await fetchCalls(fallback)).length).toBe(2);
  });

  it("fails a stream over before it starts, and says so when it completes", async () => {
    await injectFault(primary, { exception: "ThrottlingException", count: 2 });
    const { events } = await collectStream(client, STREAM, { input: INPUT });
    expect(events[events.length - 1].event).toEqual({ __typename: "StreamCompleted", region: "us-west-2" });
  });
});
