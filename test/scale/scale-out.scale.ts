import { hashApiKey } from "../../src/auth/authenticator";
import { startEmulator, type RunningEmulator } from "../../src/emulator/emulator-server";
import { fetchCalls, injectFault } from "../helpers/emulator-harness";
import { collectStream, connectWebSocket, STREAM_SUBSCRIPTION } from "../helpers/subscription-client";
import { startCluster } from "./scale-cluster";

// Three built replicas behind HAProxy with one redis-server, under load from many clients.
// SCALE_CLIENTS (200) and SCALE_DURATION_S (60) size the load phase.
const CLIENTS = Number(process.env.SCALE_CLIENTS ?? 200);
const DURATION_MS = Number(process.env.SCALE_DURATION_S ?? 60) * 1_000;
const LOAD_KEY = "load-key";
const LIMITED_KEY = "limited-key";
const BUDGET_KEY = "budget-key";
const AFTER_REDIS_KEY = "after-redis-key";
const REQUESTS_PER_MINUTE = 40;
const TOKENS_PER_DAY = 600;
const POLICY = [
  "version: 1",
  'everyone: { statements: [{ effect: allow, models: ["*"] }] }',
  "principals:",
  `  load: { apiKeys: ["${hashApiKey(LOAD_KEY)}"] }`,
  `  limited: { apiKeys: ["${hashApiKey(LIMITED_KEY)}"], limits: { requestsPerMinute: ${REQUESTS_PER_MINUTE} } }`,
  `  budget: { apiKeys: ["${hashApiKey(BUDGET_KEY)}"], limits: { tokensPerDay: ${TOKENS_PER_DAY} } }`,
  `  after-redis: { apiKeys: ["${hashApiKey(AFTER_REDIS_KEY)}"], limits: { requestsPerMinute: ${REQUESTS_PER_MINUTE} } }`,
  "",
].join("\n");
const invoke = (prompt: string, maxTokens = 16) =>
  JSON.stringify({
    query: `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: ${JSON.stringify(prompt)}, maxTokens: ${maxTokens} } }) { __typename ... on TextResult { usage { totalTokens } } } }`,
  });

interface Tally {
  results: Record<string, number>;
  failures: string[];
}

async function send(url: string, key: string, body: string, tally: Tally): Promise<Record<string, any> | undefined> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-api-key": key }, body });
    const text = await response.text();
    if (response.status !== 200) {
      tally.failures.push(`${response.status} ${text.slice(0, 200)}`);
      return undefined;
    }
    const result = (JSON.parse(text) as { data: { invokeModel: Record<string, any> } }).data.invokeModel;
    tally.results[result.__typename] = (tally.results[result.__typename] ?? 0) + 1;
    return result;
  } catch (error) {
    tally.failures.push(`network: ${(error as Error).message}`);
    return undefined;
  }
}

/** `clients` loops sending calls through the balancer until `until()` says stop. */
async function load(url: string, clients: number, until: () => boolean): Promise<Tally> {
  const tally: Tally = { results: {}, failures: [] };
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let call = 0; !until(); call += 1) await send(url, LOAD_KEY, invoke(`client ${client} call ${call}`), tally);
    }),
  );
  return tally;
}

const total = (tally: Tally) => Object.values(tally.results).reduce((sum, count) => sum + count, 0);

describe("three replicas behind HAProxy, one Redis", () => {
  let emulator: RunningEmulator;
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, host: "127.0.0.1" });
    cluster = await startCluster({ bedrockEndpoint: emulator.url, policy: POLICY, graceMs: 3_000 });
  }, 60_000);
  afterAll(async () => {
    await cluster?.close();
    await emulator?.close();
  });

  it(`serves ${CLIENTS} clients for the load period with no 5xx, limits exact across replicas, the embedding cache shared`, async () => {
    const stopAt = Date.now() + DURATION_MS;
    const running = load(cluster.url, CLIENTS, () => Date.now() > stopAt);

    // A burst from one principal spread over the replicas: exactly its per-minute limit admitted.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
    const limited: Tally = { results: {}, failures: [] };
    await Promise.all(
      Array.from({ length: REQUESTS_PER_MINUTE * 3 }, (_, index) => send(cluster.url, LIMITED_KEY, invoke(`limited ${index}`), limited)),
    );
    expect(limited.failures).toEqual([]);
    expect(limited.results).toEqual({ TextResult: REQUESTS_PER_MINUTE, ThrottlingError: REQUESTS_PER_MINUTE * 2 });

    // A day's token budget: reserved before each call, never overspent, whichever replica admits.
    const budget: Tally = { results: {}, failures: [] };
    const spent = await Promise.all(Array.from({ length: 100 }, (_, index) => send(cluster.url, BUDGET_KEY, invoke(`budget ${index}`, 30), budget)));
    const tokens = spent.reduce((sum, result) => sum + (result?.usage?.totalTokens ?? 0), 0);
    expect(budget.failures).toEqual([]);
    expect(tokens).toBeLessThanOrEqual(TOKENS_PER_DAY);
    expect(budget.results.TextResult).toBeGreaterThan(0);

    // The embedding cache is shared: a text embedded through one replica is cached on another.
    const embed = (port: number) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": LOAD_KEY },
        body: JSON.stringify({
          query: `mutation { invokeModel(input: { modelId: "amazon.titan-embed-text-v2:0", embedding: { text: "shared cache" } }) { ... on EmbeddingResult { cached } } }`,
        }),
      }).then(async (response) => ((await response.json()) as { data: { invokeModel: { cached: boolean } } }).data.invokeModel.cached);
    expect(await embed(cluster.replicas[0]!.port)).toBe(false);
    expect(await embed(cluster.replicas[1]!.port)).toBe(true);
    expect((await fetchCalls(emulator.url)).filter((call) => call.modelId === "amazon.titan-embed-text-v2:0")).toHaveLength(1);

    const tally = await running;
    console.log(
      `load: ${total(tally)} answers in ${DURATION_MS / 1000} s from ${CLIENTS} clients (${Math.round(total(tally) / (DURATION_MS / 1000))}/s), ${JSON.stringify(tally.results)}`,
    );
    expect(tally.failures).toEqual([]);
    expect(tally.results.TextResult).toBeGreaterThan(0);
  });

  it("restarts every replica in turn under load with zero failed requests and every stream ended cleanly", async () => {
    let restarting = true;
    const running = load(cluster.url, 50, () => !restarting);
    await injectFault(emulator.url, { chunkDelayMs: 150, count: 1_000 });
    const started: Array<Promise<void>> = [];
    const streams = Array.from({ length: 12 }, async () => {
      const client = connectWebSocket(cluster.url, { "x-api-key": LOAD_KEY });
      let first!: () => void;
      started.push(new Promise<void>((resolve) => (first = resolve)));
      try {
        const input = { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "a story", maxTokens: 60 } };
        const { events } = await collectStream(client, STREAM_SUBSCRIPTION, { input }, () => void first());
        return events.at(-1)?.event.__typename as string;
      } catch (error) {
        const closed = error as { code?: number; reason?: string };
        return `failed: ${closed.code ?? ""} ${closed.reason ?? String(error)}`;
      } finally {
        await client.dispose();
      }
    });
    // Every stream runs before the first replica is told to stop.
    await Promise.all(started);
    const codes: Array<number | null> = [];
    for (const index of [0, 1, 2]) codes.push(await cluster.restart(index));
    restarting = false;
    const tally = await running;
    const endings = await Promise.all(streams);
    await fetch(`${emulator.url}/_emulator/faults`, { method: "DELETE" });
    console.log(
      `rolling restart: ${total(tally)} answers, ${JSON.stringify(tally.results)}, failures ${tally.failures.length}; streams ended with ${JSON.stringify(endings)}`,
    );
    expect(codes).toEqual([0, 0, 0]);
    expect(tally.failures).toEqual([]);
    // Each stream completed: with its last event, or cut off by its replica's shutdown with a typed error.
    for (const ending of endings) expect(["StreamCompleted", "ServiceUnavailableError"]).toContain(ending);
  });

  it("loses only the in-flight requests of a replica killed with SIGKILL; the others go on", async () => {
    const tally: Tally = { results: {}, failures: [] };
    let phase: "before" | "after" = "before";
    const afterKill: Tally = { results: {}, failures: [] };
    let stop = false;
    const running = Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        for (let call = 0; !stop; call += 1)
          await send(cluster.url, LOAD_KEY, invoke(`kill ${client} ${call}`), phase === "before" ? tally : afterKill);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await cluster.kill(2);
    // HAProxy's next failed check (300 ms) takes it out.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    phase = "after";
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    stop = true;
    await running;
    console.log(
      `SIGKILL: ${tally.failures.length} failed while the replica died (${total(tally)} served), then ${afterKill.failures.length} failed of ${total(afterKill) + afterKill.failures.length}`,
    );
    await cluster.restart(2);
    expect(tally.failures.length).toBeLessThanOrEqual(50);
    expect(afterKill.failures).toEqual([]);
    expect(total(afterKill)).toBeGreaterThan(0);
  });

  it("holds STORE_FAILURE=closed while Redis is down, and counts exactly again once it is back", async () => {
    const during: Tally = { results: {}, failures: [] };
    const restarted = cluster.restartRedis(3_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all(Array.from({ length: 60 }, (_, index) => send(cluster.url, AFTER_REDIS_KEY, invoke(`redis down ${index}`), during)));
    await restarted;
    // The replicas reconnect on their own.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
    const after: Tally = { results: {}, failures: [] };
    await Promise.all(
      Array.from({ length: REQUESTS_PER_MINUTE * 3 }, (_, index) => send(cluster.url, AFTER_REDIS_KEY, invoke(`redis back ${index}`), after)),
    );
    console.log(
      `Redis down: ${JSON.stringify(during.results)}, failures ${during.failures.length}; back: ${JSON.stringify(after.results)}, failures ${after.failures.slice(0, 3).join("; ")}`,
    );
    expect(during.failures).toEqual([]);
    expect(during.results.TextResult ?? 0).toBe(0);
    expect(after.failures).toEqual([]);
    expect(after.results).toEqual({ TextResult: REQUESTS_PER_MINUTE, ThrottlingError: REQUESTS_PER_MINUTE * 2 });
  });
});
