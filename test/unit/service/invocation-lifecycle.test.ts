import { createAccessPolicy, OPEN_POLICY_DOCUMENT } from "../../../src/auth/access-policy";
import { accessPolicySchema } from "../../../src/auth/access-policy.schema";
import { type Identity } from "../../../src/auth/identity";
import { type BedrockInvokerPool } from "../../../src/bedrock/bedrock-invoker-pool";
import { type BedrockInvoker, type InvokeCall, type InvokeReply } from "../../../src/bedrock/invoke-call.types";
import { type Failure } from "../../../src/lib/failure";
import { fail, ok, type Result } from "../../../src/lib/result";
import { withCircuitBreaker } from "../../../src/service/circuit-breaker";
import { createEmbeddingBatcher } from "../../../src/service/embedding-batcher";
import { createInvocationGuard } from "../../../src/service/invocation-guard";
import { createInvocationLifecycle } from "../../../src/service/invocation-lifecycle";
import { type InvocationRecord } from "../../../src/service/invocation-observer";
import { type InvocationInput } from "../../../src/service/invocation.types";
import { createInvokeService } from "../../../src/service/invoke.service";
import { loadModelCatalog } from "../../../src/service/load-model-catalog";
import { createModelCatalog } from "../../../src/service/model-catalog";
import { withRegionalFailover } from "../../../src/service/regional-failover";
import { type StreamEvent } from "../../../src/service/stream-event.types";
import { createSlotCounter } from "../../../src/service/slot-counter";
import { createStreamService } from "../../../src/service/stream.service";
import { createMemoryEmbeddingCache } from "../../../src/store/embedding-cache.memory";
import { createMemoryCounterStore } from "../../../src/store/memory-counter-store";
import claudeReply from "../../fixtures/anthropic-claude-response.json";
import claudeStream from "../../fixtures/anthropic-claude-stream.json";

const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";
const COHERE = "cohere.embed-english-v3";
const CALLER: Identity = { id: "ada", groups: [], method: "api-key", tenant: null };
const catalog = createModelCatalog(loadModelCatalog(null));

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

function reply(body: unknown, headers: Partial<InvokeReply> = {}): InvokeReply {
  return {
    body: json(body),
    contentType: "application/json",
    requestId: "aws-request-1",
    attempts: 1,
    inputTokens: null,
    outputTokens: null,
    invocationLatencyMs: 5,
    cacheReadTokens: null,
    cacheWriteTokens: null,
    performanceConfigLatency: null,
    serviceTier: null,
    ...headers,
  };
}

type Answer = (call: InvokeCall) => Result<InvokeReply, Failure>;

/** A Bedrock stand-in per Region: answers with `answers[region]` (one-shot) or `chunks` (streams), and records every call. */
function standInBedrock(answers: Record<string, Answer>, chunks: unknown[] = []) {
  const calls: Array<{ region: string; call: InvokeCall; streamed: boolean }> = [];
  const invokerFor = (region: string): BedrockInvoker => ({
    async invoke(call) {
      calls.push({ region, call, streamed: false });
      return answers[region]!(call);
    },
    async invokeStream(call) {
      calls.push({ region, call, streamed: true });
      async function* events() {
        for (const chunk of chunks) yield ok(json(chunk));
      }
      return ok({ requestId: "aws-stream-1", contentType: "application/json", chunks: events() });
    },
  });
  const pool: BedrockInvokerPool = { invokerFor: (scope) => invokerFor(scope?.region ?? "us-east-1"), size: () => 1, destroy: () => undefined };
  return { pool, calls };
}

function gatewayOver(
  pool: BedrockInvokerPool,
  {
    policy = OPEN_POLICY_DOCUMENT,
    cacheBytes = 0,
    merge = false,
    calls = 100,
    streams = 100,
  }: { policy?: unknown; cacheBytes?: number; merge?: boolean; calls?: number; streams?: number } = {},
) {
  const records: InvocationRecord[] = [];
  const store = createMemoryCounterStore();
  const guard = createInvocationGuard({
    policy: createAccessPolicy(accessPolicySchema.parse(policy)),
    store,
    storeFailure: "open",
    onStoreUnavailable: () => undefined,
  });
  const lifecycle = createInvocationLifecycle({
    bedrock: pool,
    guard,
    catalog,
    observer: { invocationFinished: (record) => records.push(record), streamOpened: () => undefined, streamClosed: () => undefined },
    inputLimits: { maxPromptChars: 100, maxListLength: 10, maxJsonDepth: 8, maxMediaBytes: 1000 },
    shares: { calls: createSlotCounter(calls), streams: createSlotCounter(streams) },
  });
  const invoke = createInvokeService({
    lifecycle,
    embeddingCache: cacheBytes > 0 ? createMemoryEmbeddingCache(cacheBytes) : null,
    embeddingBatcher: merge ? createEmbeddingBatcher({ windowMs: 0 }) : null,
  });
  const stream = createStreamService({ lifecycle });
  return { invoke: (input: InvocationInput) => invoke.invoke(input, CALLER, undefined, "op-1"), stream, records };
}

async function streamAll(iterator: AsyncIterableIterator<StreamEvent>): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  for await (const event of iterator) events.push(event);
  return events;
}

const limited = (limits: Record<string, number>) => ({ version: 1, everyone: { statements: [{ effect: "allow", models: ["*"] }], limits } });
const text = (prompt: string): InvocationInput => ({ modelId: CLAUDE, text: { prompt, maxTokens: 20 } });
const claudeAnswers = (headers: Partial<InvokeReply> = {}): Record<string, Answer> => ({ "us-east-1": () => ok(reply(claudeReply, headers)) });

describe("the invocation lifecycle", () => {
  it("bills a one-shot call and a stream of the same input alike, cache tokens included", async () => {
    const billing = { inputTokens: 14, outputTokens: 9, cacheReadTokens: 2000, cacheWriteTokens: 100 };
    const withMetrics = claudeStream.map((chunk) =>
      chunk.type === "message_stop"
        ? {
            ...chunk,
            "amazon-bedrock-invocationMetrics": {
              inputTokenCount: 14,
              outputTokenCount: 9,
              cacheReadInputTokenCount: 2000,
              cacheWriteInputTokenCount: 100,
            },
          }
        : chunk,
    );
    const { pool } = standInBedrock(claudeAnswers(billing), withMetrics);
    const gateway = gatewayOver(pool);

    const oneShot = await gateway.invoke(text("Capital of France?"));
    const events = await streamAll(gateway.stream.stream(text("Capital of France?"), CALLER));
    const completed = events.at(-1)!;

    expect(oneShot.ok && oneShot.value.output.modality === "TEXT" && oneShot.value.output.usage).toEqual(billing);
    expect(completed.kind === "completed" && completed.usage).toEqual(billing);
    expect(completed.kind === "completed" && completed.costUsd).toBe(oneShot.ok && oneShot.value.costUsd);
    // 14 input, 9 output, 2100 cache tokens at the input price (Claude 3 Haiku: $0.00025 in, $0.00125 out per 1k).
    expect(oneShot.ok && oneShot.value.costUsd).toBeCloseTo(((14 + 2000 + 100) * 0.00025 + 9 * 0.00125) / 1000, 12);
    expect(gateway.records.map(({ outcome, streamed, inputTokens, outputTokens }) => ({ outcome, streamed, inputTokens, outputTokens }))).toEqual([
      { outcome: "TEXT", streamed: false, inputTokens: 14, outputTokens: 9 },
      { outcome: "TEXT", streamed: true, inputTokens: 14, outputTokens: 9 },
    ]);
  });

  it("refuses a model the policy denies, before any call, and reports it", async () => {
    const { pool, calls } = standInBedrock(claudeAnswers());
    const gateway = gatewayOver(pool, { policy: { version: 1, everyone: { statements: [{ effect: "allow", models: ["amazon.*"] }] } } });
    const result = await gateway.invoke(text("hi"));
    expect(result).toMatchObject({ ok: false, failure: { kind: "AccessDenied", source: "GATEWAY" } });
    expect(calls).toHaveLength(0);
    expect(gateway.records).toMatchObject([
      { outcome: "AccessDenied", ok: false, source: "GATEWAY", attempts: 0, requestId: "op-1", principal: "ada" },
    ]);
  });

  it("refuses input past the size limits before validation and policy", async () => {
    const { pool, calls } = standInBedrock(claudeAnswers());
    const result = await gatewayOver(pool).invoke(text("x".repeat(101)));
    expect(result).toMatchObject({ ok: false, failure: { kind: "Validation", field: "input.text.prompt" } });
    expect(calls).toHaveLength(0);
  });

  it("refuses a caller past its request rate with a typed throttling failure", async () => {
    const { pool, calls } = standInBedrock(claudeAnswers());
    const gateway = gatewayOver(pool, { policy: limited({ requestsPerMinute: 1 }) });
    expect((await gateway.invoke(text("one"))).ok).toBe(true);
    expect(await gateway.invoke(text("two"))).toMatchObject({ ok: false, failure: { kind: "Throttling", source: "GATEWAY" } });
    expect(calls).toHaveLength(1);
  });

  it("counts the tokens Bedrock billed against the caller's budget, so the next call is refused", async () => {
    const { pool } = standInBedrock(claudeAnswers({ inputTokens: 14, outputTokens: 9 }));
    const gateway = gatewayOver(pool, { policy: limited({ tokensPerDay: 20 }) });
    expect((await gateway.invoke(text("one"))).ok).toBe(true);
    expect(await gateway.invoke(text("two"))).toMatchObject({ ok: false, failure: { kind: "ServiceQuotaExceeded", source: "GATEWAY" } });
  });

  it("opens the model's breaker after Bedrock's own failures and then answers without calling", async () => {
    const unavailable = fail<Failure>({ kind: "ServiceUnavailable", source: "BEDROCK", message: "down", attempts: 3 });
    const { pool, calls } = standInBedrock({ "us-east-1": () => unavailable });
    const guarded: BedrockInvokerPool = {
      ...pool,
      invokerFor: (scope) => withCircuitBreaker(pool.invokerFor(scope), { failureThreshold: 2, cooldownMs: 60_000 }),
    };
    const breakerOnce = guarded.invokerFor(null);
    const gateway = gatewayOver({ ...guarded, invokerFor: () => breakerOnce });
    for (let call = 0; call < 2; call++)
      expect(await gateway.invoke(text("hi"))).toMatchObject({ ok: false, failure: { kind: "ServiceUnavailable", source: "BEDROCK" } });
    expect(await gateway.invoke(text("hi"))).toMatchObject({ ok: false, failure: { kind: "ServiceUnavailable", source: "GATEWAY" } });
    expect(calls).toHaveLength(2);
    expect(gateway.records.map((record) => record.attempts)).toEqual([3, 3, 0]);
  });

  it("fails over to the next Region on throttling and reports the Region that answered", async () => {
    const throttled = fail<Failure>({ kind: "Throttling", source: "BEDROCK", message: "slow down", attempts: 3 });
    const { pool, calls } = standInBedrock({ "us-east-1": () => throttled, "us-west-2": () => ok(reply(claudeReply)) });
    const failover = withRegionalFailover(pool, {
      region: "us-east-1",
      endpoint: null,
      fallbackRegions: { "*": ["us-west-2"] },
      regionEndpoints: {},
    });
    const result = await gatewayOver(failover).invoke(text("hi"));
    expect(result).toMatchObject({ ok: true, value: { region: "us-west-2" } });
    expect(calls.map((call) => call.region)).toEqual(["us-east-1", "us-west-2"]);
  });

  it("reports a call past its deadline as the invoker's typed timeout", async () => {
    const deadline = fail<Failure>({
      kind: "ModelTimeout",
      source: "GATEWAY",
      message: "Bedrock did not answer within the gateway's 50 ms deadline",
    });
    const { pool } = standInBedrock({ "us-east-1": () => deadline });
    const gateway = gatewayOver(pool);
    expect(await gateway.invoke(text("hi"))).toMatchObject({ ok: false, failure: { kind: "ModelTimeout", source: "GATEWAY" } });
    expect(gateway.records).toMatchObject([{ outcome: "ModelTimeout", ok: false, source: "GATEWAY" }]);
  });

  it("answers an unreadable reply as the gateway's internal error, and still bills what Bedrock counted", async () => {
    const { pool } = standInBedrock({ "us-east-1": () => ok(reply({ unexpected: true }, { inputTokens: 15, outputTokens: 10 })) });
    const gateway = gatewayOver(pool, { policy: limited({ tokensPerDay: 20 }) });
    expect(await gateway.invoke(text("hi"))).toMatchObject({
      ok: false,
      failure: { kind: "InternalServer", source: "GATEWAY", requestId: "aws-request-1" },
    });
    // 25 tokens were billed by Bedrock: the budget of 20 is spent.
    expect(await gateway.invoke(text("hi"))).toMatchObject({ ok: false, failure: { kind: "ServiceQuotaExceeded" } });
  });

  it("shares a merged embedding call's tokens among its texts, so usage, cost and budgets apply to each", async () => {
    const { pool, calls } = standInBedrock({
      "us-east-1": (call) => {
        const { texts } = JSON.parse(Buffer.from(call.body).toString("utf8")) as { texts: string[] };
        return ok(reply({ embeddings: texts.map(() => [0.1, 0.2]), id: "e", texts }, { inputTokens: 30 }));
      },
    });
    const gateway = gatewayOver(pool, { merge: true, policy: limited({ tokensPerMinute: 40 }) });
    const embed = (value: string) => gateway.invoke({ modelId: COHERE, embedding: { text: value } });
    const results = await Promise.all([embed("a short text"), embed("a somewhat longer text here"), embed("a short text")]);
    expect(calls).toHaveLength(1);
    const inputTokens = results.map((result) =>
      result.ok && result.value.output.modality === "EMBEDDING" ? result.value.output.usage.inputTokens : null,
    );
    expect(inputTokens.reduce((sum, tokens) => sum! + tokens!, 0)).toBe(30);
    // The repeated text took one slot; the two invocations that asked for it split its share.
    expect(Math.abs(inputTokens[0]! - inputTokens[2]!)).toBeLessThanOrEqual(1);
    expect(inputTokens[1]).toBeGreaterThan(inputTokens[0]! + inputTokens[2]!);
    expect(results.every((result) => result.ok && (result.value.costUsd ?? 0) > 0)).toBe(true);
    // 30 tokens are counted; the next 30-token call would pass the minute's 40 only once more.
    expect((await embed("another text")).ok).toBe(true);
    expect(await embed("and another")).toMatchObject({ ok: false, failure: { kind: "Throttling", source: "GATEWAY" } });
  });

  it("states a cached embedding's usage: no tokens billed, no cost, no call", async () => {
    const { pool, calls } = standInBedrock({ "us-east-1": () => ok(reply({ embedding: [0.5, 0.5], inputTextTokenCount: 4 }, { inputTokens: 4 })) });
    const gateway = gatewayOver(pool, { cacheBytes: 1024 });
    const input = { modelId: "amazon.titan-embed-text-v1", embedding: { text: "cache me" } };
    await gateway.invoke(input);
    const cached = await gateway.invoke(input);
    expect(calls).toHaveLength(1);
    expect(cached).toMatchObject({ ok: true, value: { cached: true, costUsd: 0, attempts: 0, output: { usage: { inputTokens: 0 } } } });
    expect(gateway.records.at(-1)).toMatchObject({ cached: true, inputTokens: 0 });
  });

  it("settles a stream the consumer stops once, as cancelled, and aborts the upstream read", async () => {
    const { pool } = standInBedrock(claudeAnswers(), claudeStream);
    const gateway = gatewayOver(pool);
    const iterator = gateway.stream.stream(text("hi"), CALLER, undefined, "op-2");
    const first = await iterator.next();
    expect(first.value).toMatchObject({ kind: "delta" });
    await iterator.return!();
    await iterator.return!();
    expect(gateway.records).toMatchObject([{ outcome: "Cancelled", ok: false, streamed: true, requestId: "op-2" }]);
  });

  it("refuses a caller past its share of streams and calls, and gives the slot back when one ends", async () => {
    const { pool, calls } = standInBedrock(claudeAnswers(), claudeStream);
    const gateway = gatewayOver(pool, { streams: 1, calls: 1 });
    const first = gateway.stream.stream(text("one"), CALLER);
    expect((await first.next()).value).toMatchObject({ kind: "delta" });
    const second = await streamAll(gateway.stream.stream(text("two"), CALLER));
    expect(second).toMatchObject([
      { kind: "failed", failure: { kind: "Throttling", source: "GATEWAY", message: expect.stringContaining("1 open streams") } },
    ]);
    await first.return!();
    expect((await streamAll(gateway.stream.stream(text("three"), CALLER))).at(-1)).toMatchObject({ kind: "completed" });
    // One-shot calls have a share of their own.
    const [one, two] = await Promise.all([gateway.invoke(text("a")), gateway.invoke(text("b"))]);
    expect(one.ok).toBe(true);
    expect(two).toMatchObject({ ok: false, failure: { kind: "Throttling", source: "GATEWAY" } });
    expect(calls.filter((call) => !call.streamed)).toHaveLength(1);
  });

  it("refuses a stream past its connection's share, whoever else holds streams", async () => {
    const { pool } = standInBedrock(claudeAnswers(), claudeStream);
    const gateway = gatewayOver(pool);
    const socket = createSlotCounter(1);
    const first = gateway.stream.stream(text("one"), CALLER, undefined, "op", socket);
    await first.next();
    const second = await streamAll(gateway.stream.stream(text("two"), CALLER, undefined, "op", socket));
    expect(second).toMatchObject([{ kind: "failed", failure: { kind: "Throttling", message: expect.stringContaining("this connection") } }]);
    await first.return!();
  });
});
