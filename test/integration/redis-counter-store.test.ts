import { createRedisCounterStore } from "../../src/store/redis-counter-store";
import { reservationContract } from "../helpers/counter-store-contract";

const REDIS_URL = process.env.REDIS_URL;
const describeWithRedis = REDIS_URL ? describe : describe.skip;
if (!REDIS_URL) console.log("redis-counter-store: REDIS_URL is not set, skipped (.ci/run sets it)");

describeWithRedis("the Redis counter store against a real redis-server", () => {
  let store: ReturnType<typeof createRedisCounterStore>;
  beforeAll(() => {
    store = createRedisCounterStore({ url: REDIS_URL!, keyPrefix: `test:${process.pid}:${Date.now()}:` });
  });
  afterAll(() => store.close());

  it("is reachable, and admits exactly up to the limit within one window", async () => {
    // ioredis connects in the background; readiness turns true once it has.
    for (let attempt = 0; attempt < 50 && !(await store.reachable()); attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.reachable()).toBe(true);
    const now = Date.now();
    const decisions = [];
    for (let request = 0; request < 4; request++) {
      const decision = await store.take([{ key: "requests:alice", windowMs: 60_000, limit: 3, add: 1 }], now);
      decisions.push(decision.ok && decision.value.admitted);
    }
    expect(decisions).toEqual([true, true, true, false]);
  });
});

let prefixes = 0;
describeWithRedis(
  "the Redis counter store with token reservations",
  reservationContract(() => createRedisCounterStore({ url: REDIS_URL!, keyPrefix: `test:${process.pid}:${Date.now()}:${prefixes++}:` })),
);
