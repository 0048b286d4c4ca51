import { randomUUID } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import { OPEN_POLICY_DOCUMENT } from "../../src/auth/access-policy";
import { hashApiKey } from "../../src/auth/authenticator";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const REDIS_URL = process.env.REDIS_URL;
const describeWithRedis = REDIS_URL ? describe : describe.skip;
if (!REDIS_URL) console.log("redis-slow-connect: REDIS_URL is not set, skipped (.ci/run sets it)");

const CONNECT_DELAY_MS = 600;

/** A TCP proxy to the real redis-server that lets each connection through only after a delay: a Redis slow to answer at start. */
async function startSlowProxy(target: URL): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const delays = new Set<NodeJS.Timeout>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.pause();
    const delay = setTimeout(() => {
      delays.delete(delay);
      const upstream = connect(Number(target.port || 6379), target.hostname, () => {
        client.pipe(upstream).pipe(client);
        client.resume();
      });
      sockets.add(upstream);
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
      client.on("close", () => upstream.destroy());
    }, CONNECT_DELAY_MS);
    delays.add(delay);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `redis://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const delay of delays) clearTimeout(delay);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const INVOKE = `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`;

describeWithRedis("a gateway whose Redis connects slowly at start", () => {
  const LIMIT = 2;
  const apiKey = `key-${randomUUID()}`;
  let proxy: Awaited<ReturnType<typeof startSlowProxy>>;
  let harness: GatewayHarness;
  let startedInMs = 0;

  beforeAll(async () => {
    proxy = await startSlowProxy(new URL(REDIS_URL!));
    // A principal of its own per run: counters from an earlier run in the same minute do not count.
    const principal = `slow-redis-${randomUUID()}`;
    const started = Date.now();
    harness = await startGatewayHarness(
      {},
      {
        auth: {
          policy: {
            ...OPEN_POLICY_DOCUMENT,
            principals: { [principal]: { groups: [], statements: [], apiKeys: [hashApiKey(apiKey)], limits: { requestsPerMinute: LIMIT } } },
          },
          jwt: { secret: null, jwksUrl: null, issuer: null, audience: null },
          allowAnonymous: false,
          redisUrl: proxy.url,
          storeFailure: "open",
        },
      },
    );
    startedInMs = Date.now() - started;
  });
  afterAll(async () => {
    await harness.close();
    await proxy.close();
  });

  it("takes requests only once Redis answers, so the very first ones are counted", async () => {
    expect(startedInMs).toBeGreaterThanOrEqual(CONNECT_DELAY_MS);
    const answers = await Promise.all(Array.from({ length: 2 * LIMIT }, () => harness.graphql(INVOKE, {}, { "x-api-key": apiKey })));
    const names = answers.map((answer) => answer.data?.invokeModel.__typename);
    expect(names.filter((name) => name === "TextResult")).toHaveLength(LIMIT);
    expect(names.filter((name) => name === "ThrottlingError")).toHaveLength(LIMIT);
  });
});
