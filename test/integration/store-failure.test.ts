import { createServer } from "node:net";
import { OPEN_POLICY_DOCUMENT } from "../../src/auth/access-policy";
import { clearEmulator, fetchCalls } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

/** A local port nothing listens on: a Redis that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const INVOKE = `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename ... on BedrockError { source retryable } } }`;

describe.each(["open", "closed"] as const)("with Redis unreachable and STORE_FAILURE=%s", (mode) => {
  let harness: GatewayHarness;
  const logLines: string[] = [];
  beforeAll(async () => {
    harness = await startGatewayHarness(
      { maxAttempts: 1 },
      {
        logLines,
        auth: {
          policy: { ...OPEN_POLICY_DOCUMENT, everyone: { ...OPEN_POLICY_DOCUMENT.everyone, limits: { requestsPerMinute: 100 } } },
          jwt: { secret: null, jwksUrl: null, issuer: null, audience: null },
          allowAnonymous: true,
          redisUrl: `redis://127.0.0.1:${await closedPort()}`,
          storeFailure: mode,
          // Redis never answers here: no need to wait the default 2.5 s for it at start.
          storeReadyWaitMs: 100,
        },
      },
    );
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  it(mode === "open" ? "keeps serving, unlimited, and logs it" : "refuses calls as ServiceUnavailable from the gateway, and logs it", async () => {
    const answers = await Promise.all([harness.graphql(INVOKE), harness.graphql(INVOKE)]);
    if (mode === "open") {
      expect(answers.map((answer) => answer.data!.invokeModel.__typename)).toEqual(["TextResult", "TextResult"]);
      expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(2);
    } else {
      expect(answers.map((answer) => answer.data!.invokeModel)).toEqual([
        { __typename: "ServiceUnavailableError", source: "GATEWAY", retryable: true },
        { __typename: "ServiceUnavailableError", source: "GATEWAY", retryable: true },
      ]);
      expect(await fetchCalls(harness.emulatorUrl)).toEqual([]);
    }
    expect(logLines.filter((line) => line.includes(`Counter store unavailable; failing ${mode}`))).toHaveLength(2);
  });

  it(mode === "open" ? "stays ready: it still serves" : "reports not ready, naming the store", async () => {
    const readiness = await fetch(new URL("/readyz", harness.gatewayUrl));
    const body = (await readiness.json()) as { failing?: string[] };
    if (mode === "open") {
      expect(readiness.status).toBe(200);
    } else {
      expect(readiness.status).toBe(503);
      expect(body.failing).toEqual(["store"]);
    }
  });
});
