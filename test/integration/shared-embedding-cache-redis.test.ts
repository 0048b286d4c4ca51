import { OPEN_POLICY_DOCUMENT } from "../../src/auth/access-policy";
import { createRedisEmbeddingCache } from "../../src/store/embedding-cache.redis";
import { fetchCalls } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness, type HarnessAuth } from "../helpers/gateway-harness";

const REDIS_URL = process.env.REDIS_URL;
const describeWithRedis = REDIS_URL ? describe : describe.skip;
if (!REDIS_URL) console.log("shared-embedding-cache-redis: REDIS_URL is not set, skipped (.ci/run sets it)");

const EMBED = `mutation ($text: String!) {
  invokeModel(input: { modelId: "amazon.titan-embed-text-v2:0", embedding: { text: $text } }) {
    __typename ... on EmbeddingResult { embedding cached }
  }
}`;

describeWithRedis("the embedding cache shared by replicas through Redis", () => {
  const replicas: GatewayHarness[] = [];
  beforeAll(async () => {
    const auth: HarnessAuth = {
      policy: OPEN_POLICY_DOCUMENT,
      jwt: { secret: null, jwksUrl: null, issuer: null, audience: null },
      allowAnonymous: true,
      redisUrl: REDIS_URL!,
      storeFailure: "open",
    };
    for (let replica = 0; replica < 2; replica++) replicas.push(await startGatewayHarness({}, { auth }));
  });
  afterAll(async () => {
    for (const replica of replicas) await replica.close();
  });

  it("answers a text one replica embedded from the cache on the other, with the same vector and no call", async () => {
    const text = `shared cache ${process.pid} ${Date.now()}`;
    const [first, second] = replicas;
    const paid = (await first.graphql(EMBED, { text })).data!.invokeModel;
    expect(paid.cached).toBe(false);
    // The shared write completes before the first replica answers.
    const reused = (await second.graphql(EMBED, { text })).data!.invokeModel;
    expect(reused.cached).toBe(true);
    expect(reused.embedding).toEqual(paid.embedding);
    expect(await fetchCalls(second.emulatorUrl)).toEqual([]);
  });

  it("treats an unreachable Redis as a miss, never an error", async () => {
    const cache = createRedisEmbeddingCache({ url: "redis://127.0.0.1:1", ttlSeconds: 60 });
    await expect(cache.set("key", [1, 2])).resolves.toBeUndefined();
    await expect(cache.get("key")).resolves.toBeUndefined();
    cache.close();
  });
});
