import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from "@opentelemetry/api";
import {
  execute,
  getOperationAST,
  GraphQLError,
  subscribe,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import { type FastifyReply } from "fastify";
import { type Logger } from "pino";
import { type Identity } from "../auth/identity";
import { createRequestContext, type RequestContext, type Services, type SlotCounter } from "../context";
import { fail, ok, type Result } from "../lib/result";
import { type GatewayMetrics } from "../observability/gateway-metrics";
import { type Tracing } from "../observability/tracing";
import { gatewayErrorFormatter, isBug, withoutSuggestions } from "./error-masking.plugin";
import { type OperationChecks } from "./limits/operation-checks";
import { describeOperation } from "./operation-span";
import { type AuthenticateRequest } from "./request-authentication";
import { type Shutdown } from "./shutdown";
import { type TrustedDocuments } from "./trusted-documents";

export type Transport = "http" | "websocket" | "sse";

export interface OperationPipelineOptions {
  schema: GraphQLSchema;
  services: Services;
  /** The same parse and validation rules on every transport. */
  checks: OperationChecks;
  logger: Logger;
  metrics: GatewayMetrics;
  /** Resolves the caller of a request or connection; a refusal is answered before anything executes. */
  authenticate: AuthenticateRequest;
  /** With tracing, every operation is (or renames) a server span. */
  tracing: Tracing | null;
  /** Production hides schema names from error messages (no "Did you mean …?"). */
  production: boolean;
  /** Operations named by hash, and whether a caller may run anything else. */
  trustedDocuments: TrustedDocuments;
  /** Once shutdown begins, new operations are refused; at its deadline, running ones end. */
  shutdown: Shutdown;
}

/** An operation as graphql-ws and graphql-sse receive it. */
export interface OperationRequest {
  query?: unknown;
  extensions?: unknown;
}

/** Why an operation was refused before it ran, with the HTTP status a transport that has one answers with. */
export interface Refusal {
  status: number;
  errors: GraphQLError[];
  /** Response headers a transport with headers sends with it (Retry-After). */
  headers?: Record<string, string>;
}

/** graphql-ws and graphql-sse run operations through these instead of graphql-js's own. */
export interface OperationExecution {
  execute(args: ExecutionArgs): Promise<ExecutionResult>;
  subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
}

/**
 * The steps every GraphQL operation takes, whichever transport brought it: authenticate →
 * admit (parse, validation rules, operation limits) → build the context → execute → mask
 * errors → count → trace (bugs are logged as they are masked; invocations log themselves).
 * HTTP runs them through Apollo Server's plugins, which call the same functions; graphql-ws and
 * graphql-sse run `admit`, `context` and `execution`. A transport only adapts its protocol:
 * where credentials come from, how a refusal is answered, what tells that the client left.
 */
export interface OperationPipeline {
  schema: GraphQLSchema;
  authenticate: AuthenticateRequest;
  /**
   * The document to run (a trusted document named by hash, or the text sent, if `caller` may run
   * it), or the refusal to answer with; a refusal is counted as an `error` of type `unknown`.
   */
  admit(transport: Transport, requestId: string, request: OperationRequest, caller: Identity): Result<DocumentNode, Refusal>;
  /** Why `caller` may not run `query` now (the replica is shutting down; not a trusted document), or null. */
  refusal(query: string, caller: Identity): Refusal | null;
  /** Counts an operation as running until the returned release is called; shutdown waits for none to run. */
  track(): () => void;
  /** Operations running now, on every transport. */
  running(): number;
  /** `connectionStreams`: the connection's own stream counter, for transports that carry many operations on one connection. */
  context(requestId: string, signal: AbortSignal, caller: Identity, connectionStreams?: SlotCounter | null): RequestContext;
  /** A new stream counter for one connection (a WebSocket). */
  connectionStreams(): SlotCounter;
  execution(transport: "websocket" | "sse"): OperationExecution;
  /** A bug is logged in full and masked as "Internal server error"; every error gets the request id to quote. */
  maskErrors(errors: readonly GraphQLError[], requestId: string): GraphQLError[];
  /** Logs the bugs among errors in full (Apollo masks its answer itself, in `formatError`). */
  reportBugs(errors: readonly GraphQLError[], requestId: string): void;
  /** One count per operation when it ends: `error` when it was refused or any result carried errors. */
  count(transport: Transport, type: string, failed: boolean): void;
  /** Names a server span for its operation (`mutation Invoke`), as trace views list them. */
  nameSpan(span: Span, type: string, name: string | null | undefined): void;
}

/** A refused credential as every transport answers it: code UNAUTHENTICATED, with the request id to quote. */
function unauthenticatedBody(error: GraphQLError, requestId: string): { errors: GraphQLFormattedError[] } {
  const { http: _http, ...extensions } = error.extensions;
  return { errors: [{ message: error.message, extensions: { ...extensions, requestId } }] };
}

/** Answers a plain HTTP request (SSE, or a body not yet read) with a refused credential's status, headers and body. */
export async function sendUnauthenticated(reply: FastifyReply, error: GraphQLError, requestId: string): Promise<void> {
  const { status, headers } = error.extensions.http as { status: number; headers: Map<string, string> };
  await reply.code(status).headers(Object.fromEntries(headers)).type("application/json").send(unauthenticatedBody(error, requestId));
}

export function createOperationPipeline({
  schema,
  services,
  checks,
  logger,
  metrics,
  authenticate,
  tracing,
  production,
  trustedDocuments,
  shutdown,
}: OperationPipelineOptions): OperationPipeline {
  let running = 0;
  const track = () => {
    running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      running -= 1;
    };
  };
  const refusal = (query: string, caller: Identity): Refusal | null => {
    const closing = shutdown.refusal();
    if (closing !== null) return { status: 503, errors: [closing], headers: { "retry-after": "1" } };
    const untrusted = trustedDocuments.refusal(query, caller);
    return untrusted === null ? null : { status: 403, errors: [untrusted] };
  };
  const formatError = gatewayErrorFormatter({ production });
  const withRequestId = (error: GraphQLError, requestId: string) => {
    const { http: _http, ...extensions } = error.extensions;
    return new GraphQLError(production ? withoutSuggestions(error.message) : error.message, {
      ...(error.path ? { path: error.path } : {}),
      extensions: { ...extensions, requestId },
    });
  };

  const reportBugs = (errors: readonly GraphQLError[], requestId: string) => {
    for (const error of errors.filter(isBug))
      logger.error({ requestId, err: error.originalError ?? error, path: error.path }, "unexpected error in resolver");
  };

  const maskErrors = (errors: readonly GraphQLError[], requestId: string): GraphQLError[] => {
    reportBugs(errors, requestId);
    return errors.map((error) => {
      const formatted = formatError(error.toJSON(), error);
      return new GraphQLError(formatted.message, {
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...formatted.extensions, requestId },
      });
    });
  };

  const count = (transport: Transport, type: string, failed: boolean) =>
    metrics.operations.inc({ type, outcome: failed ? "error" : "ok", transport });

  const nameSpan = (span: Span, type: string, name: string | null | undefined) => {
    const { spanName, attributes } = describeOperation(type, name);
    span.setAttributes(attributes);
    span.updateName(spanName);
  };

  /** One operation's run: the span it runs in, its errors masked, counted once when it ends. */
  const start = (transport: "websocket" | "sse", args: ExecutionArgs) => {
    const operation = getOperationAST(args.document, args.operationName);
    const type = operation?.operation ?? "unknown";
    const { requestId } = args.contextValue as RequestContext;
    let span: Span | null = null;
    let active: Context = context.active();
    if (tracing && transport === "websocket") {
      // A browser cannot send headers on an upgrade, so each WebSocket operation starts a trace of its own.
      const { spanName, attributes } = describeOperation(type, operation?.name?.value);
      span = tracing.tracer.startSpan(
        spanName,
        { kind: SpanKind.SERVER, attributes: { ...attributes, "network.protocol.name": "websocket", "gateway.request_id": requestId } },
        ROOT_CONTEXT,
      );
      active = trace.setSpan(ROOT_CONTEXT, span);
    } else if (tracing) {
      // Over SSE the route's request span is the operation's: it only needs its name.
      const routeSpan = trace.getActiveSpan();
      if (routeSpan) nameSpan(routeSpan, type, operation?.name?.value);
    }
    let failed = false;
    let finished = false;
    const release = track();
    return {
      active,
      deliver(result: ExecutionResult): ExecutionResult {
        if (!result.errors?.length) return result;
        failed = true;
        return { ...result, errors: maskErrors(result.errors, requestId) };
      },
      finish(thrown = false) {
        if (finished) return;
        finished = true;
        release();
        failed ||= thrown;
        count(transport, type, failed);
        if (span) {
          if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        }
      },
    };
  };

  return {
    schema,
    authenticate,
    admit(transport, requestId, request, caller) {
      const refuse = (errors: readonly GraphQLError[], status = 400, headers?: Record<string, string>) => {
        count(transport, "unknown", true);
        return fail({ status, errors: errors.map((error) => withRequestId(error, requestId)), ...(headers ? { headers } : {}) });
      };
      const resolved = trustedDocuments.resolve(request.query, request.extensions);
      if (!resolved.ok) return refuse([resolved.failure]);
      const query = resolved.value as string;
      const refused = refusal(query, caller);
      if (refused !== null) return refuse(refused.errors, refused.status, refused.headers);
      const document = checks.parse(query);
      const errors = "kind" in document ? checks.validate(schema, document) : document;
      if (!("kind" in document) || errors.length > 0) return refuse(errors);
      return ok(document);
    },
    refusal,
    track,
    running: () => running,
    context: (requestId, signal, caller, connectionStreams = null) =>
      createRequestContext(services, requestId, AbortSignal.any([signal, shutdown.deadline]), caller, connectionStreams),
    connectionStreams: () => services.connectionStreams(),
    execution(transport) {
      return {
        async execute(args) {
          const run = start(transport, args);
          try {
            return run.deliver(await context.with(run.active, () => execute(args)));
          } finally {
            run.finish();
          }
        },
        async subscribe(args) {
          const run = start(transport, args);
          let result: Awaited<ReturnType<typeof subscribe>>;
          try {
            result = await context.with(run.active, () => subscribe(args));
          } catch (error) {
            run.finish(true);
            throw error;
          }
          if (!(Symbol.asyncIterator in result)) {
            const delivered = run.deliver(result);
            run.finish();
            return delivered;
          }
          return runEvents(result, run);
        },
      };
    },
    maskErrors,
    reportBugs,
    count,
    nameSpan,
  };
}

/**
 * A subscription's events, each step in the operation's span context with its errors masked,
 * and the operation finished when the events end, fail or the client stops them. A plain
 * iterator rather than an `async function*`: a generator's `return()` waits for the pending
 * `next()`, so a client's `complete` would not stop a silent upstream stream until its next
 * event. graphql-ws and graphql-sse call `return()` on any iterable that has one.
 */
function runEvents(
  events: AsyncIterable<ExecutionResult>,
  run: { active: Context; deliver(result: ExecutionResult): ExecutionResult; finish(thrown?: boolean): void },
): AsyncIterableIterator<ExecutionResult> {
  const iterator = events[Symbol.asyncIterator]();
  const step = (advance: () => Promise<IteratorResult<ExecutionResult>>) =>
    context.with(run.active, advance).then(
      (result) => {
        if (result.done) {
          run.finish();
          return result;
        }
        return { done: false as const, value: run.deliver(result.value) };
      },
      (error: unknown) => {
        run.finish(true);
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
