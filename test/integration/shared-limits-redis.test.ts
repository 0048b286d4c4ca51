import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashApiKey } from "../../src/auth/authenticator";
import { exitCode, gatewayUrlOf, startMain, type MainProcess } from "../helpers/main-process";

// .ci/run starts a redis-server and sets REDIS_URL; a developer without one sees this suite skipped, and why.
const REDIS_URL = process.env.REDIS_URL;
const describeWithRedis = REDIS_URL ? describe : describe.skip;
if (!REDIS_URL) console.warn("shared-limits-redis: REDIS_URL is unset, so the two-replica Redis test is skipped (.ci/run sets it)");

const LIMIT = 5;

/** Waits until at least `seconds` remain in the current UTC minute, so the requests share one window. */
async function awayFromMinuteEnd(seconds: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

describeWithRedis("two gateway replicas sharing one Redis", () => {
  const replicas: MainProcess[] = [];
  const apiKey = `key-${randomUUID()}`;
  // A principal of its own per run, so counters left by an earlier run in the same minute do not count.
  const principal = `replica-test-${randomUUID()}`;
  let urls: string[];

  beforeAll(async () => {
    const directory = mkdtempSync(join(tmpdir(), "policy-"));
    const policyFile = join(directory, "policy.json");
    writeFileSync(
      policyFile,
      JSON.stringify({
        version: 1,
        everyone: { statements: [{ effect: "allow", models: ["*"] }] },
        principals: { [principal]: { apiKeys: [hashApiKey(apiKey)], limits: { requestsPerMinute: LIMIT } } },
      }),
    );
    for (let index = 0; index < 2; index++)
      replicas.push(startMain({ PORT: "0", HOST: "127.0.0.1", REDIS_URL: REDIS_URL!, POLICY_FILE: policyFile }));
    urls = await Promise.all(replicas.map(gatewayUrlOf));
  }, 30_000);

  afterAll(async () => {
    for (const replica of replicas) {
      replica.child.kill("SIGTERM");
      await exitCode(replica.child);
    }
  });

  it(`admits ${LIMIT} requests per minute in total across both, not ${LIMIT} each`, async () => {
    await awayFromMinuteEnd(10);
    const send = (url: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": apiKey },
        body: JSON.stringify({
          query: `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`,
        }),
      }).then(async (response) => ((await response.json()) as { data: { invokeModel: { __typename: string } } }).data.invokeModel.__typename);
    // Both replicas at once, several in flight: only Redis's atomic script can keep the count.
    const answers = await Promise.all(Array.from({ length: 4 * LIMIT }, (_, index) => send(urls[index % 2])));
    expect(answers.filter((name) => name === "TextResult")).toHaveLength(LIMIT);
    expect(answers.filter((name) => name === "ThrottlingError")).toHaveLength(3 * LIMIT);
    expect(replicas.every((replica) => replica.lines.some((line) => line.includes("shared through Redis")))).toBe(true);
  });
});
