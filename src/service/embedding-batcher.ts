import DataLoader from "dataloader";
import { type BedrockInvoker, type InvokeCall } from "../bedrock/invoke-call.types";
import { invalidInput, type Failure } from "../lib/failure";
import { fail, ok, type Result } from "../lib/result";
import { type EmbeddingBatching, type EmbeddingOptions } from "../models/codec.types";
import { parseReplyJson, unreadableReply } from "./read-reply";
import { stableKey } from "./stable-key";
import { shareTokens } from "./token-shares";

/** One text to embed with a model whose codec can embed many texts per call. */
export interface EmbeddingJob {
  /** The single-text call the invocation would make alone; merged calls keep its model id and headers. */
  call: InvokeCall;
  /** The base foundation-model id, for the codec. */
  baseModelId: string;
  batching: EmbeddingBatching;
  text: string;
  options: EmbeddingOptions;
  /** The SDK client of the caller's credential scope. */
  bedrock: BedrockInvoker;
  /** Whose credentials sign the call; only jobs of one scope share a call. */
  credentialScope: string;
}

/** A job's share of a merged call. */
export interface BatchedEmbedding {
  vector: number[];
  requestId: string | null;
  latencyMs: number;
  modelLatencyMs: number | null;
  attempts: number;
  /** The Region that answered, when known. */
  region: string | null;
  /**
   * This job's share of the merged call's input tokens (see `shareTokens`): the shares of a
   * call's jobs add up to Bedrock's count. Null when Bedrock reported none.
   */
  inputTokens: number | null;
}

export interface EmbeddingBatcher {
  /** Never rejects for an expected failure; a failed merged call fails each of its members alike. */
  embed(job: EmbeddingJob): Promise<Result<BatchedEmbedding, Failure>>;
}

export interface EmbeddingBatcherOptions {
  /** Told the number of texts of each merged call sent, e.g. for a metric. */
  onCallSent?: (modelId: string, texts: number) => void;
  /**
   * How long the first job waits for others before the merged calls go out, in milliseconds.
   * Jobs of one operation arrive together and merge even at 0; a window lets concurrent
   * operations share calls, at the cost of that much latency for each.
   */
  windowMs: number;
  now?: () => number;
}

/**
 * The process-wide embedding merger. Jobs gathered in one window are grouped by everything that
 * shapes the call but the text — credential scope, model id, headers, parameters — and each
 * group becomes as few calls as the model allows (Cohere Embed: 96 texts each). Identical texts
 * in a group take one slot. Each vector goes back to the jobs that asked for its text.
 *
 * A caller going away does not cancel a merged call: other callers' texts ride on it.
 * Bedrock's own deadline still applies.
 */
export function createEmbeddingBatcher({ windowMs, onCallSent, now = () => performance.now() }: EmbeddingBatcherOptions): EmbeddingBatcher {
  const sendCall = async (sample: EmbeddingJob, texts: string[]): Promise<Result<BatchedEmbedding[], Failure>> => {
    const body = sample.batching.encodeBatch(texts, sample.options, sample.baseModelId);
    // Each text was encoded alone before reaching here, so a refusal now is a limit on the batch as a whole.
    if (!body.ok) return fail(invalidInput("input.embedding", `input.embedding: ${body.failure.message}`));
    onCallSent?.(sample.call.modelId, texts.length);
    const started = now();
    const reply = await sample.bedrock.invoke({ ...sample.call, body: Buffer.from(JSON.stringify(body.value)) });
    const latencyMs = Math.round(now() - started);
    if (!reply.ok) return reply;
    const raw = parseReplyJson(reply.value.body);
    if (raw === undefined) return fail(unreadableReply(sample.call.modelId, reply.value, `expected JSON, got ${reply.value.contentType}`));
    const vectors = sample.batching.decodeBatch(raw);
    if (!vectors.ok) return fail(unreadableReply(sample.call.modelId, reply.value, vectors.failure.message));
    if (vectors.value.length !== texts.length) {
      return fail(unreadableReply(sample.call.modelId, reply.value, `${texts.length} texts were sent but ${vectors.value.length} vectors came back`));
    }
    const shares = shareTokens(
      reply.value.inputTokens,
      texts.map((text) => text.length),
    );
    return ok(
      vectors.value.map((vector, index) => ({
        vector,
        requestId: reply.value.requestId,
        latencyMs,
        modelLatencyMs: reply.value.invocationLatencyMs,
        attempts: reply.value.attempts,
        region: reply.value.region ?? null,
        inputTokens: shares[index] ?? null,
      })),
    );
  };

  const embedAll = async (jobs: readonly EmbeddingJob[]): Promise<Array<Result<BatchedEmbedding, Failure>>> => {
    const results = new Array<Result<BatchedEmbedding, Failure>>(jobs.length);
    // group key → text → the positions of the jobs asking for it
    const groups = new Map<string, { sample: EmbeddingJob; texts: Map<string, number[]> }>();
    jobs.forEach((job, position) => {
      // Callers share merged calls: the caller is not part of what shapes the call.
      const { body: _text, caller: _caller, ...headers } = job.call;
      // The scope names the client, so jobs of one key share `sample.bedrock`.
      const key = stableKey([job.credentialScope, headers, job.options]);
      let group = groups.get(key);
      if (group === undefined) {
        group = { sample: job, texts: new Map() };
        groups.set(key, group);
      }
      const positions = group.texts.get(job.text);
      if (positions === undefined) group.texts.set(job.text, [position]);
      else positions.push(position);
    });
    const calls: Array<Promise<void>> = [];
    for (const { sample, texts } of groups.values()) {
      const distinct = [...texts.keys()];
      const perCall = sample.batching.maxInputsPerCall;
      for (let start = 0; start < distinct.length; start += perCall) {
        const slice = distinct.slice(start, start + perCall);
        calls.push(
          sendCall(sample, slice).then((outcome) => {
            slice.forEach((text, index) => {
              const positions = texts.get(text) ?? [];
              if (!outcome.ok) {
                for (const position of positions) results[position] = outcome;
                return;
              }
              const embedded = outcome.value[index]!;
              // Several jobs asked for this text: they split its share of the call.
              const shares = shareTokens(
                embedded.inputTokens,
                positions.map(() => 1),
              );
              positions.forEach((position, job) => (results[position] = ok({ ...embedded, inputTokens: shares[job] ?? null })));
            });
          }),
        );
      }
    }
    await Promise.all(calls);
    return results;
  };

  const loader = new DataLoader<EmbeddingJob, Result<BatchedEmbedding, Failure>>(embedAll, {
    // Results are not kept: the embedding cache does that, bounded; this loader only gathers.
    cache: false,
    batchScheduleFn: (dispatch) => setTimeout(dispatch, windowMs),
  });
  return { embed: (job) => loader.load(job) };
}
