import { randomUUID } from "node:crypto";
import { type FastifyReply, type FastifyRequest } from "fastify";
import { type GraphQLSchema } from "graphql";
import { createHandler } from "graphql-sse/lib/use/fastify";
import { type Logger } from "pino";
import { type Identity } from "../auth/identity";
import { createRequestContext, type RequestContext, type Services } from "../context";
import { disconnectSignal } from "./disconnect-signal";
import { type GatewayMetrics } from "../observability/gateway-metrics";
import { type OperationChecks } from "./limits/operation-checks";
import { admitStreamedOperation } from "./streamed-operation";
import { maskedErrors } from "./masked-errors";
import { credentialsFromHeaders, type AuthenticateRequest } from "./request-authentication";

export interface ServerSentEventsOptions {
  schema: GraphQLSchema;
  services: Services;
  /** The same parse and validation as HTTP: graphql-sse would otherwise use plain graphql-js. */
  checks: OperationChecks;
  logger: Logger;
  metrics: GatewayMetrics;
  /** Resolves the caller of each request; a refusal answers 401. */
  authenticate: AuthenticateRequest;
}

/**
 * GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode) for clients that
 * cannot open a WebSocket: POST an operation with `Accept: text/event-stream` and read events.
 * The caller is resolved from the request's headers before graphql-sse sees it; a refused
 * credential is answered 401 with a GraphQL error body, and no event stream is opened.
 */
export function createServerSentEventsHandler({
  schema,
  services,
  checks,
  logger,
  metrics,
  authenticate,
}: ServerSentEventsOptions): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const callers = new WeakMap<FastifyReply, Identity>();
  const handler = createHandler<RequestContext>({
    schema,
    // onSubscribe below parses and validates with the shared checks; graphql-sse would validate
    // the same document again after it.
    validate: () => [],
    onSubscribe(request, params) {
      const caller = callers.get(request.context.reply);
      if (!caller) throw new Error("SSE operation without an authenticated caller");
      const admitted = admitStreamedOperation({ checks, schema, metrics }, "sse", params.query, params.operationName);
      // Refused as graphql-sse refuses a syntax error itself: 400 with the errors as JSON.
      if (!admitted.ok) {
        const body = JSON.stringify({ errors: admitted.failure });
        return [body, { status: 400, statusText: "Bad Request", headers: { "content-type": "application/json; charset=utf-8" } }];
      }
      return {
        schema,
        document: admitted.value,
        operationName: params.operationName ?? null,
        variableValues: params.variables ?? null,
        contextValue: createRequestContext(services, randomUUID(), disconnectSignal(request.context.reply), caller),
      };
    },
    onNext(context, _request, result) {
      if (!result.errors?.length) return;
      return { ...result, errors: maskedErrors(result.errors, context.requestId, logger) };
    },
  });
  return async (request, reply) => {
    // graphql-sse answers OPTIONS and other methods itself; only operations need a caller.
    if (request.method === "GET" || request.method === "POST" || request.method === "PUT") {
      const caller = await authenticate(credentialsFromHeaders(request.headers), "sse");
      if (caller instanceof Error) {
        await reply
          .code(401)
          .header("www-authenticate", 'Bearer realm="bedrock-graphql-gateway"')
          .type("application/json")
          .send({ errors: [{ message: caller.message, extensions: { code: "UNAUTHENTICATED" } }] });
        return;
      }
      callers.set(reply, caller);
    }
    await handler(request, reply);
  };
}
