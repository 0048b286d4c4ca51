import { type BedrockInvoker, type InvokeCall, type InvokeReply } from "../../../src/bedrock/invoke-call.types";
import { type Failure } from "../../../src/lib/failure";
import { fail, ok, type Result } from "../../../src/lib/result";
import { cohereEmbedV3Codec } from "../../../src/models/cohere-embed/cohere-embed-v3.codec";
import { createEmbeddingBatcher, type EmbeddingJob } from "../../../src/service/embedding-batcher";

const MODEL_ID = "cohere.embed-english-v3";
const batching = cohereEmbedV3Codec.batching!;

/** A Bedrock stand-in that answers each text with a vector naming it, and records the calls. */
function fakeBedrock(answer?: (texts: string[]) => Result<unknown, Failure>) {
  const calls: string[][] = [];
  const bedrock: BedrockInvoker = {
    async invoke(call: InvokeCall) {
      const { texts } = JSON.parse(Buffer.from(call.body).toString("utf8")) as { texts: string[] };
      calls.push(texts);
      const body = answer ? answer(texts) : ok({ embeddings: texts.map((text) => [text.length, calls.length]) });
      if (!body.ok) return body;
      const reply: InvokeReply = {
        body: Buffer.from(JSON.stringify(body.value)),
        contentType: "application/json",
        requestId: `request-${calls.length}`,
        attempts: 1,
        inputTokens: 7,
        outputTokens: null,
        invocationLatencyMs: 3,
        cacheReadTokens: null,
        cacheWriteTokens: null,
        performanceConfigLatency: null,
        serviceTier: null,
      };
      return ok(reply);
    },
    invokeStream: () => Promise.reject(new Error("not used")),
  };
  return { bedrock, calls };
}

/** A job maker whose calls go to the given Bedrock stand-in. */
const jobsFor =
  (bedrock: BedrockInvoker) =>
  (text: string, options: EmbeddingJob["options"] = {}): EmbeddingJob => ({
    call: { modelId: MODEL_ID, body: new Uint8Array(), contentType: "application/json" },
    baseModelId: MODEL_ID,
    batching,
    text,
    options,
    bedrock,
    credentialScope: "gateway",
  });

describe("embedding batcher", () => {
  it("merges jobs of one window into calls of at most 96 texts and gives each its own vector", async () => {
    const { bedrock, calls } = fakeBedrock();
    const batcher = createEmbeddingBatcher({ windowMs: 0 });
    const job = jobsFor(bedrock);
    const texts = Array.from({ length: 100 }, (_, index) => "x".repeat(index + 1));
    const results = await Promise.all(texts.map((text) => batcher.embed(job(text))));
    expect(calls.map((texts) => texts.length)).toEqual([96, 4]);
    results.forEach((result, index) => {
      expect(result.ok && result.value.vector[0]).toBe(index + 1);
    });
    // Each call's 7 billed tokens are shared among its texts by length, adding up to Bedrock's count.
    const tokens = results.map((result) => (result.ok ? result.value.inputTokens! : NaN));
    expect(tokens.slice(0, 96).reduce((sum, share) => sum + share, 0)).toBe(7);
    expect(tokens.slice(96).reduce((sum, share) => sum + share, 0)).toBe(7);
    expect(tokens[95]).toBeGreaterThanOrEqual(tokens[0]!);
  });

  it("sends a repeated text once, and keeps jobs of different options or scopes apart", async () => {
    const { bedrock, calls } = fakeBedrock();
    const batcher = createEmbeddingBatcher({ windowMs: 0 });
    const job = jobsFor(bedrock);
    await Promise.all([
      batcher.embed(job("same")),
      batcher.embed(job("same")),
      batcher.embed(job("same", { inputType: "SEARCH_QUERY" })),
      batcher.embed({ ...job("same"), credentialScope: "another-account" }),
    ]);
    expect(calls).toEqual([["same"], ["same"], ["same"]]);
  });

  it("fails only the members of a failed call", async () => {
    const refused: Failure = { kind: "Throttling", source: "BEDROCK", message: "slow down" };
    const { bedrock } = fakeBedrock((texts) => (texts[0] === "query" ? fail(refused) : ok({ embeddings: texts.map(() => [1]) })));
    const batcher = createEmbeddingBatcher({ windowMs: 0 });
    const job = jobsFor(bedrock);
    const [document, query] = await Promise.all([batcher.embed(job("document")), batcher.embed(job("query", { inputType: "SEARCH_QUERY" }))]);
    expect(document.ok).toBe(true);
    expect(query).toEqual(fail(refused));
  });

  it("fails every member when the answer holds the wrong number of vectors", async () => {
    const { bedrock } = fakeBedrock(() => ok({ embeddings: [[1]] }));
    const batcher = createEmbeddingBatcher({ windowMs: 0 });
    const job = jobsFor(bedrock);
    const results = await Promise.all([batcher.embed(job("one")), batcher.embed(job("two"))]);
    for (const result of results) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.failure).toMatchObject({ kind: "InternalServer", source: "GATEWAY", requestId: "request-1" });
    }
  });
});
