import { STATUS_CODES } from "node:http";
import { type FastifyReply, type FastifyRequest } from "fastify";
import { createHandler } from "graphql-sse/lib/use/fastify";
import { type Identity } from "../auth/identity";
import { type RequestContext } from "../context";
import { CSRF_REFUSAL, passedPreflight } from "./csrf-check";
import { disconnectSignal } from "./disconnect-signal";
import { sendUnauthenticated, type OperationPipeline } from "./operation-pipeline";
import { credentialsFromHeaders } from "./request-authentication";
import { persistedQueryHash } from "./trusted-documents";

/**
 * GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode) for clients that
 * cannot open a WebSocket: the operation pipeline adapted to one HTTP request. POST an operation
 * with `Accept: text/event-stream` and read events. The caller is resolved from the request's
 * headers before graphql-sse sees it; a refused credential is answered 401 with the same body as
 * over HTTP, and no event stream is opened. The request id is fastify's, as in the
 * `x-request-id` header.
 */
export function createServerSentEventsHandler(pipeline: OperationPipeline): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const callers = new WeakMap<FastifyReply, Identity>();
  const handler = createHandler<RequestContext>({
    schema: pipeline.schema,
    ...pipeline.execution("sse"),
    // onSubscribe below parses and validates with the shared checks; graphql-sse would validate
    // the same document again after it.
    validate: () => [],
    onSubscribe(request, params) {
      const { reply } = request.context;
      const caller = callers.get(reply);
      if (!caller) throw new Error("SSE operation without an authenticated caller");
      const requestId = reply.request.id;
      const admitted = pipeline.admit("sse", requestId, params, caller);
      // Refused as graphql-sse refuses a syntax error itself: the status, with the errors as JSON.
      if (!admitted.ok) {
        const { status, errors, headers } = admitted.failure;
        const body = JSON.stringify({ errors });
        return [
          body,
          { status, statusText: STATUS_CODES[status] ?? "Refused", headers: { ...headers, "content-type": "application/json; charset=utf-8" } },
        ];
      }
      return {
        schema: pipeline.schema,
        document: admitted.value,
        operationName: params.operationName ?? null,
        variableValues: params.variables ?? null,
        contextValue: pipeline.context(requestId, disconnectSignal(reply), caller),
      };
    },
  });
  return async (request, reply) => {
    // graphql-sse answers OPTIONS and other methods itself; only operations need a caller.
    if (request.method === "GET" || request.method === "POST" || request.method === "PUT") {
      // The same CSRF rule as /graphql: a simple GET from any page must not start a billed stream.
      if (!passedPreflight(request.headers)) {
        await reply
          .code(400)
          .type("application/json")
          .send({ errors: [{ message: CSRF_REFUSAL, extensions: { code: "BAD_REQUEST", requestId: request.id } }] });
        return;
      }
      const caller = await pipeline.authenticate(credentialsFromHeaders(request.headers), "sse", request.ip);
      if (caller instanceof Error) {
        await sendUnauthenticated(reply, caller, request.id);
        return;
      }
      callers.set(reply, caller);
      // graphql-sse refuses a body without `query`; one naming a trusted document by hash has none (admission resolves it).
      const body = request.body as { query?: unknown; extensions?: unknown } | null | undefined;
      if (body && typeof body === "object" && body.query === undefined && persistedQueryHash(body.extensions) !== undefined) body.query = "";
    }
    await handler(request, reply);
  };
}
