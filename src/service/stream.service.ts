import { type Identity } from "../auth/identity";
import { type BedrockInvokerPool } from "../bedrock/bedrock-invoker-pool";
import { invalidInput, type Failure } from "../lib/failure";
import { type TextCodec } from "../models/codec.types";
import { type TokenUsage } from "../models/invocation.types";
import { readInvocationMetrics } from "../models/invocation-metrics";
import { type InvocationGuard } from "./invocation-guard";
import { estimateCostUsd } from "../models/catalog/estimate-cost";
import { oversizedInput, type InputSizeLimits } from "./input-size-limits";
import { type ModelCatalog } from "./model-catalog";
import { type InvocationInput } from "./invocation.types";
import { prepareInvocation } from "./prepare-invocation";
import { parseReplyJson } from "./read-reply";
import { type StreamEvent } from "./stream-event.types";

export interface StreamService {
  /**
   * Streams one text invocation (InvokeModelWithResponseStream). Every failure is a last
   * `failed` event. Stopping the iteration (`return()`) aborts the upstream stream at once.
   */
  stream(input: InvocationInput, caller: Identity, signal?: AbortSignal, requestId?: string): AsyncIterableIterator<StreamEvent>;
}

export interface StreamServiceDependencies {
  /** The SDK client for the caller's tenant. */
  bedrock: BedrockInvokerPool;
  /** Access policy and limits, checked before any upstream call. */
  guard: InvocationGuard;
  /** Model facts and prices: what to check before calling, and what a call cost. */
  catalog: ModelCatalog;
  /** Size limits on prompts and lists; none when absent. */
  inputLimits?: InputSizeLimits;
  /** Monotonic clock in milliseconds; tests may pass their own. */
  now?: () => number;
}

const failed = (failure: Failure): StreamEvent => ({ kind: "failed", failure });

function unreadableChunk(modelId: string, requestId: string | null, reason: string): Failure {
  return {
    kind: "InternalServer",
    source: "GATEWAY",
    message: `A stream chunk of ${modelId} could not be read: ${reason}`,
    ...(requestId ? { requestId } : {}),
  };
}

/**
 * An async generator's `return()` waits until its pending `await` settles, which for a quiet
 * upstream stream may be never; aborting first makes that await reject now, so cancelling a
 * subscription closes the Bedrock stream immediately.
 */
function abortOnReturn(events: AsyncGenerator<StreamEvent>, controller: AbortController): AsyncIterableIterator<StreamEvent> {
  return {
    next: () => events.next(),
    return: (value?: unknown) => {
      controller.abort(new Error("stream consumer stopped"));
      return events.return(value as undefined);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export function createStreamService({
  bedrock,
  guard,
  catalog,
  inputLimits,
  now = () => performance.now(),
}: StreamServiceDependencies): StreamService {
  async function* events(input: InvocationInput, caller: Identity, signal: AbortSignal): AsyncGenerator<StreamEvent> {
    const oversized = inputLimits ? oversizedInput(input, inputLimits) : null;
    if (oversized) return yield failed(oversized);
    const prepared = prepareInvocation(input, catalog, "stream");
    if (!prepared.ok) return yield failed(prepared.failure);
    const { invocation, codec, model, call, baseModelId } = prepared.value;
    if (codec === null || codec.modality !== "TEXT") {
      const what =
        codec === null ? "a model family the gateway has no codec for" : `${codec.displayName}, which produces ${codec.modality.toLowerCase()}`;
      return yield failed(invalidInput("input.modelId", `Streaming needs a text model; ${invocation.modelId} is ${what}`));
    }
    const admitted = await guard.admit(caller, { given: invocation.modelId, baseModelId });
    if (!admitted.ok) return yield failed(admitted.failure);
    const started = now();
    const reply = await bedrock.invokerFor(caller.tenant).invokeStream(call, signal);
    if (!reply.ok) return yield failed(reply.failure);
    const { requestId } = reply.value;

    let index = 0;
    let firstTokenAt: number | null = null;
    let stopReason: string | null = null;
    let usage: TokenUsage = { inputTokens: null, outputTokens: null };
    for await (const item of reply.value.chunks) {
      if (!item.ok) return yield failed(item.failure);
      const chunk = decodeChunk(codec, item.value);
      if (!chunk.ok) return yield failed(unreadableChunk(invocation.modelId, requestId, chunk.reason));
      stopReason = chunk.stopReason ?? stopReason;
      usage = {
        inputTokens: chunk.metrics?.inputTokens ?? chunk.inputTokens ?? usage.inputTokens,
        outputTokens: chunk.metrics?.outputTokens ?? chunk.outputTokens ?? usage.outputTokens,
        cacheReadTokens: chunk.metrics?.cacheReadTokens ?? usage.cacheReadTokens ?? null,
        cacheWriteTokens: chunk.metrics?.cacheWriteTokens ?? usage.cacheWriteTokens ?? null,
      };
      if (chunk.text.length > 0) {
        firstTokenAt ??= now();
        yield { kind: "delta", index: index++, text: chunk.text };
      }
    }
    const finished = now();
    // A stream's tokens are counted from the usage its last chunk reports (StreamCompleted's).
    await guard.recordUsage(caller, usage);
    yield {
      kind: "completed",
      modelId: invocation.modelId,
      requestId,
      stopReason,
      usage,
      region: reply.value.region ?? null,
      costUsd: model === null ? null : estimateCostUsd(model.pricing, { usage, images: 0 }),
      latencyMs: Math.round(finished - started),
      firstTokenLatencyMs: firstTokenAt === null ? null : Math.round(firstTokenAt - started),
    };
  }

  return {
    stream(input, caller, signal) {
      const controller = new AbortController();
      const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
      return abortOnReturn(events(input, caller, combined), controller);
    },
  };
}

type DecodedChunk =
  | { ok: true; text: string; stopReason?: string; inputTokens?: number; outputTokens?: number; metrics: ReturnType<typeof readInvocationMetrics> }
  | { ok: false; reason: string };

/** The family's reading of one chunk, plus Bedrock's own metrics block when the chunk has one. */
function decodeChunk(codec: TextCodec, bytes: Uint8Array): DecodedChunk {
  const json = parseReplyJson(bytes);
  if (json === undefined) return { ok: false, reason: "not JSON" };
  const decoded = codec.decodeChunk(json);
  if (!decoded.ok) return { ok: false, reason: decoded.failure.message };
  return { ok: true, ...decoded.value, metrics: readInvocationMetrics(json) };
}
