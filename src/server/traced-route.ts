import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { type FastifyReply, type FastifyRequest, type RouteHandlerMethod } from "fastify";
import { type Tracing } from "../observability/tracing";

/**
 * Runs a route's handler inside a server span, continuing the caller's trace when it sent one.
 * Everything the handler awaits (the GraphQL operation, its invocations) sees the span as the
 * active one. The span ends when the response is finished or the client goes away.
 */
export function tracedRoute(tracing: Tracing, route: string, handler: RouteHandlerMethod): RouteHandlerMethod {
  return function (this: unknown, request: FastifyRequest, reply: FastifyReply) {
    const parent = tracing.parentFrom(request.headers);
    const span = tracing.tracer.startSpan(
      `${request.method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { "http.request.method": request.method, "http.route": route, "gateway.request_id": request.id } },
      parent,
    );
    reply.raw.once("close", () => {
      span.setAttribute("http.response.status_code", reply.statusCode);
      if (!reply.raw.writableFinished) span.setAttribute("gateway.client_disconnected", true);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    return context.with(trace.setSpan(parent, span), () => handler.call(this as never, request, reply));
  } as RouteHandlerMethod;
}
