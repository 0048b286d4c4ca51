import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from "@opentelemetry/api";
import { execute, getOperationAST, subscribe, type ExecutionArgs, type ExecutionResult } from "graphql";
import { type RequestContext } from "../context";
import { type Tracing } from "../observability/tracing";
import { describeOperation } from "./operation-span";

/**
 * The active context for every step of a subscription's iterator, and the span's end when it
 * stops. A plain iterator rather than an `async function*`: a generator's `return()` waits for
 * the pending `next()`, so a client's `complete` would not stop a silent upstream stream until
 * its next event. graphql-ws calls `return()` on any iterable that has one.
 */
function withinSpan(events: AsyncIterable<ExecutionResult>, active: Context, end: () => void): AsyncIterableIterator<ExecutionResult> {
  const iterator = events[Symbol.asyncIterator]();
  const step = (run: () => Promise<IteratorResult<ExecutionResult>>) =>
    context.with(active, run).then(
      (result) => {
        if (result.done) end();
        return result;
      },
      (error: unknown) => {
        end();
        throw error;
      },
    );
  const wrapped: AsyncIterableIterator<ExecutionResult> = {
    next: () => step(() => iterator.next()),
    return: (value?: unknown) => step(() => (iterator.return ? iterator.return(value) : Promise.resolve({ done: true as const, value }))),
    throw: (error?: unknown) => step(() => (iterator.throw ? iterator.throw(error) : Promise.reject(error))),
    [Symbol.asyncIterator]: () => wrapped,
  };
  return wrapped;
}

/**
 * graphql-ws `execute` and `subscribe` that run each WebSocket operation in a server span, so
 * its invocations are children of it as over HTTP. A browser cannot send headers on a
 * WebSocket upgrade, so each operation starts its own trace; `gateway.request_id` ties it to
 * the logs.
 */
export function tracedWebSocketExecution(tracing: Tracing) {
  const start = (args: ExecutionArgs): { span: Span; active: Context } => {
    const operation = getOperationAST(args.document, args.operationName);
    const { spanName, attributes } = describeOperation(operation?.operation ?? "unknown", operation?.name?.value);
    const span = tracing.tracer.startSpan(
      spanName,
      {
        kind: SpanKind.SERVER,
        attributes: { ...attributes, "network.protocol.name": "websocket", "gateway.request_id": (args.contextValue as RequestContext).requestId },
      },
      ROOT_CONTEXT,
    );
    return { span, active: trace.setSpan(ROOT_CONTEXT, span) };
  };
  const finish = (span: Span, result: ExecutionResult) => {
    if (result.errors?.length) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  return {
    async execute(args: ExecutionArgs): Promise<ExecutionResult> {
      const { span, active } = start(args);
      const result = await context.with(active, () => execute(args));
      finish(span, result);
      return result;
    },
    async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
      const { span, active } = start(args);
      const result = await context.with(active, () => subscribe(args));
      if (!(Symbol.asyncIterator in result)) {
        finish(span, result);
        return result;
      }
      return withinSpan(result, active, () => span.end());
    },
  };
}
