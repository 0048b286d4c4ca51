import { type Identity } from "../auth/identity";
import { type Failure } from "../lib/failure";
import { type TextCodec, type TextChunk } from "../models/codec.types";
import { readInvocationMetrics, type InvocationMetrics } from "../models/invocation-metrics";
import { billedUsage } from "./billed-usage";
import { type InvocationLifecycle, type OpenInvocation } from "./invocation-lifecycle";
import { type InvocationInput } from "./invocation.types";
import { type SlotCounter } from "./slot-counter";
import { parseReplyJson } from "./read-reply";
import { StreamAssembly } from "./stream-assembly";
import { type StreamEvent } from "./stream-event.types";

export interface StreamService {
  /**
   * Streams one text invocation (InvokeModelWithResponseStream). Every failure is a last
   * `failed` event. Stopping the iteration (`return()`) aborts the upstream stream at once.
   */
  stream(
    input: InvocationInput,
    caller: Identity,
    signal?: AbortSignal,
    requestId?: string,
    connectionStreams?: SlotCounter | null,
  ): AsyncIterableIterator<StreamEvent>;
}

export interface StreamServiceDependencies {
  /** Admission before the call, billing and reporting after it. */
  lifecycle: InvocationLifecycle;
  /** Monotonic clock in milliseconds; tests may pass their own. */
  now?: () => number;
}

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
 * upstream stream may be never; settling the invocation as cancelled and aborting first makes
 * that await reject now, so cancelling a subscription closes the Bedrock stream immediately.
 */
function stopOnReturn(
  events: AsyncGenerator<StreamEvent>,
  invocation: OpenInvocation,
  controller: AbortController,
): AsyncIterableIterator<StreamEvent> {
  return {
    next: () => events.next(),
    return: async (value?: unknown) => {
      await invocation.settle({ kind: "cancelled" });
      controller.abort(new Error("stream consumer stopped"));
      return events.return(value as undefined);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export function createStreamService({ lifecycle, now = () => performance.now() }: StreamServiceDependencies): StreamService {
  async function* events(invocation: OpenInvocation, signal: AbortSignal): AsyncGenerator<StreamEvent> {
    const failed = async (failure: Failure): Promise<StreamEvent> => {
      await invocation.settle({ kind: "failed", failure });
      return { kind: "failed", failure };
    };
    const begun = await invocation.begin("stream");
    if (!begun.ok) return yield { kind: "failed", failure: begun.failure };
    const { invocation: validated, codec, call, invoker } = begun.value;
    const started = now();
    const reply = await invoker.invokeStream(call, signal);
    if (!reply.ok) return yield await failed(reply.failure);
    const { requestId } = reply.value;

    const assembly = new StreamAssembly(codec as TextCodec, validated.kind === "text" ? validated.request : null);
    let firstTokenAt: number | null = null;
    let stopReason: string | null = null;
    let fromChunks: ChunkCounts = { inputTokens: null, outputTokens: null };
    let billing: InvocationMetrics | null = null;
    for await (const item of reply.value.chunks) {
      if (!item.ok) return yield await failed(item.failure);
      const chunk = decodeChunk(codec as TextCodec, item.value);
      if (!chunk.ok) return yield await failed(unreadableChunk(validated.modelId, requestId, chunk.reason));
      stopReason = chunk.stopReason ?? stopReason;
      fromChunks = {
        inputTokens: chunk.inputTokens ?? fromChunks.inputTokens,
        outputTokens: chunk.outputTokens ?? fromChunks.outputTokens,
      };
      billing = chunk.metrics ?? billing;
      for (const event of assembly.accept(chunk)) {
        firstTokenAt ??= now();
        yield event;
      }
    }
    // Text held back at a possible reasoning tag is the stream's first token when nothing came before it.
    for (const event of assembly.flush()) {
      firstTokenAt ??= now();
      yield event;
    }
    const finished = now();
    const latencyMs = Math.round(finished - started);
    // Bedrock's invocation metrics on the last chunk are the billing counts, as an InvokeModel reply's headers are.
    const usage = billedUsage(billing, fromChunks);
    const answer = assembly.generation(stopReason, usage);
    const { costUsd } = await invocation.settle({ kind: "answered", modality: "TEXT", usage, images: 0, attempts: 1, latencyMs, cached: false });
    yield {
      kind: "completed",
      modelId: validated.modelId,
      requestId,
      stopReason,
      finishReason: answer.finishReason,
      toolCalls: answer.toolCalls,
      reasoning: answer.reasoning,
      json: answer.json ?? null,
      jsonViolations: answer.jsonViolations ?? [],
      usage,
      region: reply.value.region ?? null,
      costUsd,
      latencyMs,
      firstTokenLatencyMs: firstTokenAt === null ? null : Math.round(firstTokenAt - started),
    };
  }

  return {
    stream(input, caller, signal, requestId, connectionStreams) {
      const invocation = lifecycle.open(input, caller, {
        requestId: requestId ?? null,
        streamed: true,
        connectionStreams: connectionStreams ?? null,
      });
      const controller = new AbortController();
      const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
      return stopOnReturn(events(invocation, combined), invocation, controller);
    },
  };
}

interface ChunkCounts {
  inputTokens: number | null;
  outputTokens: number | null;
}

type DecodedChunk = ({ ok: true; metrics: InvocationMetrics | null } & TextChunk) | { ok: false; reason: string };

/** The family's reading of one chunk, plus Bedrock's own metrics block when the chunk has one. */
function decodeChunk(codec: TextCodec, bytes: Uint8Array): DecodedChunk {
  const json = parseReplyJson(bytes);
  if (json === undefined) return { ok: false, reason: "not JSON" };
  const decoded = codec.decodeChunk(json);
  if (!decoded.ok) return { ok: false, reason: decoded.failure.message };
  return { ok: true, ...decoded.value, metrics: readInvocationMetrics(json) };
}
