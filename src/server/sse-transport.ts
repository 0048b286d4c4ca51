import { randomUUID } from "node:crypto";
import { type FastifyReply, type FastifyRequest } from "fastify";
import { type GraphQLSchema } from "graphql";
import { createHandler } from "graphql-sse/lib/use/fastify";
import { createRequestContext, type RequestContext, type Services } from "../context";
import { type Identity } from "../auth/identity";
import { disconnectSignal } from "./disconnect-signal";
import { credentialsFromHeaders, type AuthenticateRequest } from "./request-authentication";

/**
 * GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode) for clients that
 * cannot open a WebSocket: POST an operation with `Accept: text/event-stream` and read events.
 * The caller is resolved from the request's headers before graphql-sse sees it; a refused
 * credential is answered 401 with a GraphQL error body, and no event stream is opened.
 */
export function createServerSentEventsHandler(
  schema: GraphQLSchema,
  services: Services,
  authenticate: AuthenticateRequest,
): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const callers = new WeakMap<FastifyReply, Identity>();
  const handler = createHandler<RequestContext>({
    schema,
    context: (request) => {
      const caller = callers.get(request.context.reply);
      if (!caller) throw new Error("SSE operation without an authenticated caller");
      return createRequestContext(services, randomUUID(), disconnectSignal(request.context.reply), caller);
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
