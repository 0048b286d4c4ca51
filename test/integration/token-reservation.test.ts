import { randomUUID } from "node:crypto";
import { hashApiKey } from "../../src/auth/authenticator";
import { parseAccessPolicy } from "../../src/auth/access-policy-file";
import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

// .ci/run starts a redis-server and sets REDIS_URL; without one only the in-memory store is tested.
const STORES = [["memory", null], ...(process.env.REDIS_URL ? [["redis", process.env.REDIS_URL]] : [])] as Array<[string, string | null]>;

const INVOKE = `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on TextResult { usage { totalTokens } } ... on BedrockError { source } } }`;
const INVOKE_MANY = `mutation ($inputs: [InvokeModelInput!]!) { invokeModels(inputs: $inputs) { __typename ... on EmbeddingResult { usage { inputTokens } } ... on BedrockError { source } } }`;

/** Bytes of a provider body as the gateway sent it: the input part of its reservation is a quarter of them. */
const bodyBytes = (body: unknown) => Buffer.byteLength(JSON.stringify(body));

describe.each(STORES)("token budgets reserved before the call (%s store)", (_name, redisUrl) => {
  let harness: GatewayHarness;
  const key = `key-${randomUUID()}`;

  /** A principal of its own per run: counters of an earlier run in the same window do not count. */
  const start = async (limits: Record<string, number>) => {
    const principal = `budget-${randomUUID()}`;
    const policy = parseAccessPolicy(
      JSON.stringify({
        version: 1,
        everyone: { statements: [{ effect: "allow", models: ["*"] }] },
        principals: { [principal]: { apiKeys: [hashApiKey(key)], limits } },
      }),
      "inline",
    );
    if (!policy.ok) throw new Error(policy.failure);
    harness = await startGatewayHarness(
      { maxAttempts: 1 },
      {
        batching: { embeddingCacheBytes: 0 },
        auth: {
          policy: policy.value,
          jwt: { secret: null, jwksUrl: null, issuer: null, audience: null },
          allowAnonymous: false,
          redisUrl,
          storeFailure: "closed",
        },
      },
    );
  };
  afterEach(async () => {
    await clearEmulator(harness.emulatorUrl);
    await harness.close();
  });

  it("holds tokensPerMinute against 50 concurrent slow calls: never passed by more than one call's reservation", async () => {
    // Away from a minute's end, so every call reserves in one window.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
    await start({ tokensPerMinute: 300 });
    await injectFault(harness.emulatorUrl, { latencyMs: 300, count: 50 });
    const input = { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "Describe a quiet harbour at dawn", maxTokens: 60 } };
    const answers = await Promise.all(Array.from({ length: 50 }, () => harness.graphql(INVOKE, { input }, { "x-api-key": key })));
    const results = answers.map((answer) => answer.data!.invokeModel as { __typename: string; usage?: { totalTokens: number }; source?: string });

    const served = results.filter((result) => result.__typename === "TextResult");
    const calls = await fetchCalls(harness.emulatorUrl);
    const reservation = Math.ceil(bodyBytes(calls[0]!.body) / 4) + 60;
    const used = served.reduce((sum, result) => sum + result.usage!.totalTokens, 0);
    expect(served.length).toBeGreaterThan(0);
    expect(used).toBeLessThanOrEqual(300 + reservation);
    expect(calls).toHaveLength(served.length);
    expect(
      results
        .filter((result) => result.__typename !== "TextResult")
        .every((result) => result.__typename === "ThrottlingError" && result.source === "GATEWAY"),
    ).toBe(true);
  });

  it("holds tokensPerDay against one invokeModels list of 200 merged embeddings", async () => {
    await start({ tokensPerDay: 200 });
    const inputs = Array.from({ length: 200 }, (_, index) => ({
      modelId: "cohere.embed-english-v3",
      embedding: { text: `river number ${index} runs north` },
    }));
    const { data } = await harness.graphql(INVOKE_MANY, { inputs }, { "x-api-key": key });
    const results = data!.invokeModels as Array<{ __typename: string; usage?: { inputTokens: number }; source?: string }>;

    const served = results.filter((result) => result.__typename === "EmbeddingResult");
    const used = served.reduce((sum, result) => sum + result.usage!.inputTokens, 0);
    // Each text's reservation: a quarter of the bytes of its own one-text body.
    const largest = Math.max(...inputs.map(({ embedding }) => Math.ceil(bodyBytes({ texts: [embedding.text], input_type: "search_document" }) / 4)));
    expect(served.length).toBeGreaterThan(0);
    expect(served.length).toBeLessThan(200);
    expect(used).toBeLessThanOrEqual(200 + largest);
    expect(
      results
        .filter((result) => result.__typename !== "EmbeddingResult")
        .every((result) => result.__typename === "ServiceQuotaExceededError" && result.source === "GATEWAY"),
    ).toBe(true);
  });
});
