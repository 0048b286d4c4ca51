import { randomUUID } from "node:crypto";
import { type FastifyReply, type FastifyRequest } from "fastify";
import { type GraphQLSchema } from "graphql";
import { createHandler } from "graphql-sse/lib/use/fastify";
import { createRequestContext, type RequestContext, type Services } from "../context";
import { disconnectSignal } from "./disconnect-signal";

/**
 * GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode) for clients that
 * cannot open a WebSocket: POST an operation with `Accept: text/event-stream` and read events.
 */
export function createServerSentEventsHandler(
  schema: GraphQLSchema,
  services: Services,
): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  return createHandler<RequestContext>({
    schema,
    context: (request) => createRequestContext(services, randomUUID(), disconnectSignal(request.context.reply)),
  });
}
