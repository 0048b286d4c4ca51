import { type Identity } from "../auth/identity";
import { type InvokeReply } from "../bedrock/invoke-call.types";
import { type Failure } from "../lib/failure";
import { fail, ok, type Result } from "../lib/result";
import { type EmbeddingBatching, type ModelCodec } from "../models/codec.types";
import { type EmbeddingRequest, type ModelOutput, type TokenUsage } from "../models/invocation.types";
import { type EmbeddingCache } from "../store/embedding-cache.types";
import { billedUsage } from "./billed-usage";
import { checkGeneration } from "./output-check";
import { type EmbeddingBatcher } from "./embedding-batcher";
import { embeddingCacheKey } from "./embedding-cache-key";
import { type ValidatedInvocation } from "./invocation-input.schema";
import { type BegunInvocation, type InvocationLifecycle } from "./invocation-lifecycle";
import { type Invocation, type InvocationInput } from "./invocation.types";
import { parseReplyJson, unreadableReply } from "./read-reply";

/**
 * Which SDK client signs and routes a caller's calls: its tenant's, or the gateway's own. Only
 * invocations of one scope are merged into one call.
 */
function credentialScopeOf(caller: Identity): string {
  return caller.tenant === null ? "gateway" : `tenant:${caller.tenant.name}`;
}

export interface InvokeService {
  /** Never rejects for an expected failure: every one comes back as a Failure value. */
  /** `requestId` names the GraphQL operation in logs and metrics; it decides nothing. */
  invoke(input: InvocationInput, caller: Identity, signal?: AbortSignal, requestId?: string): Promise<Result<Invocation, Failure>>;
}

export interface InvokeServiceDependencies {
  /** Admission before the call, billing and reporting after it. */
  lifecycle: InvocationLifecycle;
  /** Merges one-text embeddings for families that embed many texts per call; absent: one call per text. */
  embeddingBatcher?: EmbeddingBatcher | null;
  /** Vectors computed before; absent: every embedding costs a call. */
  embeddingCache?: EmbeddingCache | null;
  /** Monotonic clock in milliseconds; tests may pass their own. */
  now?: () => number;
}

/** A call's answer before it is billed: everything but its price, and the usage to bill. */
type Answer = Omit<Invocation, "costUsd"> & { billed: TokenUsage | null };
/** A failure after Bedrock was called still bills what Bedrock counted. */
type CallFailure = { failure: Failure; billed: TokenUsage | null };

/**
 * Reads Bedrock's answer. With a codec the body becomes its modality's output. A raw body sent
 * to a model the gateway has no codec for comes back as text holding the provider's body, with
 * `raw` for the parsed form; a non-JSON image body (raw `accept: image/png`) as that image.
 */
function decodeReply(
  invocation: ValidatedInvocation,
  codec: ModelCodec | null,
  reply: InvokeReply,
): Result<{ output: ModelOutput; raw: unknown }, Failure> {
  const raw = parseReplyJson(reply.body);
  if (raw === undefined) {
    if (reply.contentType.startsWith("image/")) {
      const image = { base64: Buffer.from(reply.body).toString("base64"), mimeType: reply.contentType, width: null, height: null, seed: null };
      return ok({ output: { modality: "IMAGE", images: [image] }, raw: null });
    }
    return fail(unreadableReply(invocation.modelId, reply, `expected JSON, got ${reply.contentType}`));
  }
  if (codec === null) {
    const text = Buffer.from(reply.body).toString("utf8");
    const output: ModelOutput = {
      modality: "TEXT",
      text,
      stopReason: null,
      finishReason: "OTHER",
      toolCalls: [],
      reasoning: null,
      usage: billedUsage(reply, null),
    };
    return ok({ output, raw });
  }
  const decoded = codec.decode(raw);
  if (!decoded.ok) return fail(unreadableReply(invocation.modelId, reply, decoded.failure.message));
  const output = decoded.value;
  if (output.modality === "IMAGE") {
    // Titan Image and Nova Canvas do not echo the seed; the one the caller asked for made them.
    const requestedSeed = invocation.kind === "image" ? (invocation.request.seed ?? null) : null;
    const images = output.images.map((image) => ({ ...image, seed: image.seed ?? requestedSeed }));
    return ok({ output: { ...output, images }, raw });
  }
  const checked =
    output.modality === "TEXT" && codec.modality === "TEXT"
      ? checkGeneration(output, invocation.kind === "text" ? invocation.request : null, codec.capabilities.structuredOutput)
      : output;
  return ok({ output: { ...checked, usage: billedUsage(reply, output.usage) }, raw });
}

/** An embedding answered from the cache: no call was made, so no tokens were billed and it has no request id. */
function fromCache(modelId: string, vector: number[]): Answer {
  const usage = { inputTokens: 0, outputTokens: null, cacheReadTokens: null, cacheWriteTokens: null };
  return {
    modelId,
    requestId: null,
    latencyMs: 0,
    modelLatencyMs: null,
    attempts: 0,
    region: null,
    output: { modality: "EMBEDDING", vector, usage },
    raw: null,
    cached: true,
    billed: usage,
  };
}

export function createInvokeService({
  lifecycle,
  embeddingBatcher = null,
  embeddingCache = null,
  now = () => performance.now(),
}: InvokeServiceDependencies): InvokeService {
  /** One InvokeModel call for one invocation. */
  const callOnce = async ({ invocation, codec, call, invoker }: BegunInvocation, signal?: AbortSignal): Promise<Result<Answer, CallFailure>> => {
    const started = now();
    const reply = await invoker.invoke(call, signal);
    const latencyMs = Math.round(now() - started);
    if (!reply.ok) return fail({ failure: reply.failure, billed: null });
    const decoded = decodeReply(invocation, codec, reply.value);
    if (!decoded.ok) return fail({ failure: decoded.failure, billed: billedUsage(reply.value, null) });
    const { output, raw } = decoded.value;
    return ok({
      modelId: invocation.modelId,
      requestId: reply.value.requestId,
      latencyMs,
      modelLatencyMs: reply.value.invocationLatencyMs,
      attempts: reply.value.attempts,
      region: reply.value.region ?? null,
      output,
      raw,
      cached: false,
      billed: output.modality === "IMAGE" ? billedUsage(reply.value, null) : output.usage,
    });
  };

  /** One text's share of a call merged with others; the merged body is not this invocation's, so `raw` is null. */
  const embedMerged = async (
    batcher: EmbeddingBatcher,
    begun: BegunInvocation,
    request: EmbeddingRequest,
    batching: EmbeddingBatching,
    caller: Identity,
  ): Promise<Result<Answer, CallFailure>> => {
    const { text, ...options } = request;
    const merged = await batcher.embed({
      call: begun.call,
      baseModelId: begun.baseModelId ?? begun.invocation.modelId,
      batching,
      text,
      options,
      bedrock: begun.invoker,
      credentialScope: credentialScopeOf(caller),
    });
    if (!merged.ok) return fail({ failure: merged.failure, billed: null });
    const { vector, inputTokens, ...metadata } = merged.value;
    const usage = billedUsage({ inputTokens, outputTokens: null, cacheReadTokens: null, cacheWriteTokens: null }, null);
    return ok({
      modelId: begun.invocation.modelId,
      ...metadata,
      output: { modality: "EMBEDDING", vector, usage },
      raw: null,
      cached: false,
      billed: usage,
    });
  };

  /** The call (or cache hit) for an invocation that passed its checks. */
  const answer = async (begun: BegunInvocation, caller: Identity, signal?: AbortSignal): Promise<Result<Answer, CallFailure>> => {
    const { invocation, codec } = begun;
    if (invocation.kind !== "embedding" || codec?.modality !== "EMBEDDING") return callOnce(begun, signal);
    const key = embeddingCache ? embeddingCacheKey(invocation.modelId, invocation.request, invocation.options) : null;
    const hit = key === null ? undefined : await embeddingCache?.get(key);
    if (hit !== undefined) return ok(fromCache(invocation.modelId, hit));
    const result =
      embeddingBatcher && codec.batching
        ? await embedMerged(embeddingBatcher, begun, invocation.request, codec.batching, caller)
        : await callOnce(begun, signal);
    if (key !== null && result.ok && result.value.output.modality === "EMBEDDING") await embeddingCache?.set(key, result.value.output.vector);
    return result;
  };

  return {
    async invoke(input, caller, signal, requestId) {
      const invocation = lifecycle.open(input, caller, { requestId: requestId ?? null, streamed: false });
      const begun = await invocation.begin("invoke");
      if (!begun.ok) return begun;
      const result = await answer(begun.value, caller, signal);
      if (!result.ok) {
        await invocation.settle({
          kind: "failed",
          failure: result.failure.failure,
          ...(result.failure.billed ? { usage: result.failure.billed } : {}),
        });
        return fail(result.failure.failure);
      }
      const { billed, ...answered } = result.value;
      const { output } = answered;
      const { costUsd } = await invocation.settle({
        kind: "answered",
        modality: output.modality,
        usage: billed,
        images: output.modality === "IMAGE" ? output.images.length : 0,
        attempts: answered.attempts,
        latencyMs: answered.latencyMs,
        cached: answered.cached,
      });
      return ok({ ...answered, costUsd });
    },
  };
}
