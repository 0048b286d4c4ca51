import fastifyCors from "@fastify/cors";
import { type GatewayApp } from "./gateway-app";
import { createOriginPolicy } from "./origin-policy";

const GRAPHQL_ROUTES = new Set(["/graphql", "/graphql/stream"]);

/** What a frontend sends besides the CORS-safelisted headers: credentials, Apollo's CSRF header, W3C trace context. */
const ALLOWED_HEADERS = [
  "content-type",
  "accept",
  "authorization",
  "x-api-key",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "traceparent",
  "tracestate",
];

/**
 * Cross-origin access for browser apps. Preflights are answered before any route, so before
 * Apollo's CSRF check. CORS only stops a page from reading an answer; so a request from an origin
 * not on the list is also refused with 403 before it runs, WebSocket upgrades included, since
 * browsers send an upgrade from any page without asking. There is no same-origin exception:
 * the Host header a page's request carries is the attacker's to choose (DNS rebinding), so a
 * page served with the gateway on its own origin is listed like any other. Register after the WebSocket plugin:
 * its hooks then close a refused upgrade's socket.
 */
export async function registerCrossOrigin(app: GatewayApp, corsOrigins: readonly string[]): Promise<void> {
  const allowedOrigin = createOriginPolicy(corsOrigins);
  await app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowedOrigin(origin)),
    methods: ["GET", "POST"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ["x-request-id"],
    maxAge: 600,
  });
  app.addHook("onRequest", (request, reply, done) => {
    const origin = request.headers.origin;
    if (origin === undefined || allowedOrigin(origin) || request.method === "OPTIONS" || !GRAPHQL_ROUTES.has(request.routeOptions.url ?? "")) {
      done();
      return;
    }
    void reply
      .code(403)
      .type("application/json")
      .send({
        errors: [
          { message: `The origin ${origin} may not call this gateway (CORS_ORIGINS)`, extensions: { code: "FORBIDDEN", requestId: request.id } },
        ],
      });
  });
}
