import { type InvocationObserver } from "./invocation-observer";
import { type InvokeService } from "./invoke.service";
import { type StreamEvent } from "./stream-event.types";
import { type StreamService } from "./stream.service";

/** Reports every one-shot invocation to the observer once it has an outcome. */
export function observeInvocations(service: InvokeService, observer: InvocationObserver, now = () => performance.now()): InvokeService {
  return {
    async invoke(input, caller, signal, requestId) {
      const started = now();
      const result = await service.invoke(input, caller, signal, requestId);
      const base = { requestId: requestId ?? null, principal: caller.id, modelId: String(input.modelId), streamed: false };
      if (result.ok) {
        const { output, attempts, cached } = result.value;
        const usage = output.modality === "IMAGE" ? null : output.usage;
        observer.invocationFinished({
          ...base,
          outcome: output.modality,
          ok: true,
          source: null,
          latencyMs: result.value.latencyMs,
          inputTokens: usage?.inputTokens ?? null,
          outputTokens: usage?.outputTokens ?? null,
          attempts,
          cached,
        });
      } else {
        observer.invocationFinished({
          ...base,
          outcome: result.failure.kind,
          ok: false,
          source: result.failure.source,
          latencyMs: Math.round(now() - started),
          inputTokens: null,
          outputTokens: null,
          attempts: result.failure.attempts ?? 0,
          cached: false,
        });
      }
      return result;
    },
  };
}

/**
 * Reports every stream: opened when iteration starts, one record for its last event (or for
 * the consumer stopping early, as `Cancelled`), closed however it ends.
 */
export function observeStreams(service: StreamService, observer: InvocationObserver, now = () => performance.now()): StreamService {
  return {
    stream(input, caller, signal, requestId) {
      const inner = service.stream(input, caller, signal, requestId);
      const started = now();
      const base = { requestId: requestId ?? null, principal: caller.id, modelId: String(input.modelId), streamed: true };
      let open = false;
      let finished = false;
      const finish = (event: StreamEvent | null) => {
        if (finished) return;
        finished = true;
        if (open) observer.streamClosed();
        const completed = event?.kind === "completed" ? event : null;
        const failure = event?.kind === "failed" ? event.failure : null;
        observer.invocationFinished({
          ...base,
          outcome: completed ? "TEXT" : (failure?.kind ?? "Cancelled"),
          ok: completed !== null,
          source: failure?.source ?? null,
          latencyMs: completed?.latencyMs ?? Math.round(now() - started),
          inputTokens: completed?.usage.inputTokens ?? null,
          outputTokens: completed?.usage.outputTokens ?? null,
          attempts: failure?.attempts ?? (completed ? 1 : 0),
          cached: false,
        });
      };
      return {
        async next() {
          if (!open && !finished) {
            open = true;
            observer.streamOpened();
          }
          const step = await inner.next();
          if (!step.done && step.value.kind !== "delta") finish(step.value);
          if (step.done) finish(null);
          return step;
        },
        async return(value?: unknown) {
          finish(null);
          return inner.return ? inner.return(value) : { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
  };
}
