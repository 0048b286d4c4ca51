import { type Identity } from "../auth/identity";
import { type BedrockInvokerPool } from "../bedrock/bedrock-invoker-pool";
import { type BedrockInvoker, type InvokeReply } from "../bedrock/invoke-call.types";
import { type Failure } from "../lib/failure";
import { fail, ok, type Result } from "../lib/result";
import { type EmbeddingBatching, type ModelCodec } from "../models/codec.types";
import { estimateCostUsd } from "../models/catalog/estimate-cost";
import { type EmbeddingRequest, type ModelOutput, type TokenUsage } from "../models/invocation.types";
import { type EmbeddingCache } from "../store/embedding-cache.types";
import { type EmbeddingBatcher } from "./embedding-batcher";
import { embeddingCacheKey } from "./embedding-cache-key";
import { type ValidatedInvocation } from "./invocation-input.schema";
import { oversizedInput, type InputSizeLimits } from "./input-size-limits";
import { type InvocationGuard } from "./invocation-guard";
import { type Invocation, type InvocationInput } from "./invocation.types";
import { type ModelCatalog } from "./model-catalog";
import { prepareInvocation, type PreparedInvocation } from "./prepare-invocation";
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
  /** The SDK client for the caller's tenant. */
  bedrock: BedrockInvokerPool;
  /** Access policy and limits, checked before any upstream call. */
  guard: InvocationGuard;
  /** Model facts and prices: what to check before calling, and what a call cost. */
  catalog: ModelCatalog;
  /** Size limits on prompts and lists; none when absent. */
  inputLimits?: InputSizeLimits;
  /** Merges one-text embeddings for families that embed many texts per call; absent: one call per text. */
  embeddingBatcher?: EmbeddingBatcher | null;
  /** Vectors computed before; absent: every embedding costs a call. */
  embeddingCache?: EmbeddingCache | null;
  /** Monotonic clock in milliseconds; tests may pass their own. */
  now?: () => number;
}

/** Bedrock's headers are the billing figures; the body's own counts fill in where they are absent. */
function mergeUsage(reply: InvokeReply, fromBody: TokenUsage): TokenUsage {
  return {
    inputTokens: reply.inputTokens ?? fromBody.inputTokens,
    outputTokens: reply.outputTokens ?? fromBody.outputTokens,
  };
}

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
    const usage = mergeUsage(reply, { inputTokens: null, outputTokens: null });
    return ok({ output: { modality: "TEXT", text, stopReason: null, usage }, raw });
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
  return ok({ output: { ...output, usage: mergeUsage(reply, output.usage) }, raw });
}

/** Tokens to count against the caller's budgets: the decoded usage, else Bedrock's headers. */
function billedUsage(reply: InvokeReply, output: ModelOutput | null): TokenUsage {
  if (output !== null && output.modality !== "IMAGE") return output.usage;
  return { inputTokens: reply.inputTokens, outputTokens: reply.outputTokens };
}

/** An embedding answered from the cache: no call was made, so there is no request id, latency or usage. */
function fromCache(modelId: string, vector: number[]): Invocation {
  return {
    modelId,
    requestId: null,
    latencyMs: 0,
    modelLatencyMs: null,
    attempts: 0,
    region: null,
    costUsd: 0,
    output: { modality: "EMBEDDING", vector, usage: { inputTokens: null, outputTokens: null } },
    raw: null,
    cached: true,
  };
}

export function createInvokeService({
  bedrock,
  guard,
  catalog,
  inputLimits,
  embeddingBatcher = null,
  embeddingCache = null,
  now = () => performance.now(),
}: InvokeServiceDependencies): InvokeService {
  /** One InvokeModel call for one invocation, its tokens counted against the caller. */
  const callOnce = async (
    { invocation, codec, model, call }: PreparedInvocation,
    invoker: BedrockInvoker,
    caller: Identity,
    signal?: AbortSignal,
  ): Promise<Result<Invocation, Failure>> => {
    const started = now();
    const reply = await invoker.invoke(call, signal);
    const latencyMs = Math.round(now() - started);
    if (!reply.ok) return reply;

    const decoded = decodeReply(invocation, codec, reply.value);
    await guard.recordUsage(caller, billedUsage(reply.value, decoded.ok ? decoded.value.output : null));
    if (!decoded.ok) return decoded;
    const { output } = decoded.value;
    const billed = output.modality === "IMAGE" ? { usage: null, images: output.images.length } : { usage: output.usage, images: 0 };
    return ok({
      modelId: invocation.modelId,
      requestId: reply.value.requestId,
      latencyMs,
      modelLatencyMs: reply.value.invocationLatencyMs,
      attempts: reply.value.attempts,
      region: reply.value.region ?? null,
      costUsd: model === null ? null : estimateCostUsd(model.pricing, billed),
      output,
      raw: decoded.value.raw,
      cached: false,
    });
  };

  /** One text's share of a call merged with others; the merged body is not this invocation's, so `raw` is null. */
  const embedMerged = async (
    batcher: EmbeddingBatcher,
    prepared: PreparedInvocation,
    request: EmbeddingRequest,
    batching: EmbeddingBatching,
    invoker: BedrockInvoker,
    caller: Identity,
  ): Promise<Result<Invocation, Failure>> => {
    const { text, ...options } = request;
    const merged = await batcher.embed({
      call: prepared.call,
      baseModelId: prepared.baseModelId ?? prepared.invocation.modelId,
      batching,
      text,
      options,
      bedrock: invoker,
      credentialScope: credentialScopeOf(caller),
    });
    if (!merged.ok) return merged;
    const { vector, inputTokens, ...metadata } = merged.value;
    const usage = { inputTokens, outputTokens: null };
    await guard.recordUsage(caller, usage);
    const output: ModelOutput = { modality: "EMBEDDING", vector, usage };
    const costUsd = prepared.model === null ? null : estimateCostUsd(prepared.model.pricing, { usage, images: 0 });
    return ok({ modelId: prepared.invocation.modelId, ...metadata, costUsd, output, raw: null, cached: false });
  };

  return {
    async invoke(input, caller, signal) {
      const oversized = inputLimits ? oversizedInput(input, inputLimits) : null;
      if (oversized) return fail(oversized);
      const prepared = prepareInvocation(input, catalog, "invoke");
      if (!prepared.ok) return prepared;
      const { invocation, codec, baseModelId } = prepared.value;
      const admitted = await guard.admit(caller, { given: invocation.modelId, baseModelId });
      if (!admitted.ok) return admitted;
      const invoker = bedrock.invokerFor(caller.tenant);
      if (invocation.kind !== "embedding" || codec?.modality !== "EMBEDDING") return callOnce(prepared.value, invoker, caller, signal);

      const key = embeddingCache ? embeddingCacheKey(invocation.modelId, invocation.request, invocation.options) : null;
      const hit = key === null ? undefined : await embeddingCache?.get(key);
      if (hit !== undefined) return ok(fromCache(invocation.modelId, hit));
      const result =
        embeddingBatcher && codec.batching
          ? await embedMerged(embeddingBatcher, prepared.value, invocation.request, codec.batching, invoker, caller)
          : await callOnce(prepared.value, invoker, caller, signal);
      if (key !== null && result.ok && result.value.output.modality === "EMBEDDING") await embeddingCache?.set(key, result.value.output.vector);
      return result;
    },
  };
}
