import { randomUUID } from "node:crypto";
import { type FastifyReply, type FastifyRequest } from "fastify";
import { type GraphQLSchema } from "graphql";
import { createHandler } from "graphql-sse/lib/use/fastify";
import { type Logger } from "pino";
import { createRequestContext, type RequestContext, type Services } from "../context";
import { disconnectSignal } from "./disconnect-signal";
import { type OperationChecks } from "./limits/operation-checks";
import { maskedErrors } from "./masked-errors";

export interface ServerSentEventsOptions {
  schema: GraphQLSchema;
  services: Services;
  /** The same parse and validation as HTTP: graphql-sse would otherwise use plain graphql-js. */
  checks: OperationChecks;
  logger: Logger;
}

/**
 * GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode) for clients that
 * cannot open a WebSocket: POST an operation with `Accept: text/event-stream` and read events.
 */
export function createServerSentEventsHandler({
  schema,
  services,
  checks,
  logger,
}: ServerSentEventsOptions): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  return createHandler<RequestContext>({
    schema,
    validate: (_schema, document) => checks.validate(schema, document),
    onSubscribe(request, params) {
      const document = checks.parse(params.query);
      // As graphql-sse answers a syntax error itself: 400 with the errors as JSON.
      if (!("kind" in document)) {
        return [JSON.stringify({ errors: document }), { status: 400, statusText: "Bad Request", headers: { "content-type": "application/json; charset=utf-8" } }];
      }
      return {
        schema,
        document,
        operationName: params.operationName ?? null,
        variableValues: params.variables ?? null,
        contextValue: createRequestContext(services, randomUUID(), disconnectSignal(request.context.reply)),
      };
    },
    onNext(context, _request, result) {
      if (!result.errors?.length) return;
      return { ...result, errors: maskedErrors(result.errors, context.requestId, logger) };
    },
  });
}
