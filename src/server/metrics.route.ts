import { type FastifyPluginAsync } from "fastify";
import { type Registry } from "prom-client";

/** Prometheus's text exposition of the registry at /metrics. */
export function metricsRoute(registry: Registry): FastifyPluginAsync {
  return async (app) => {
    app.get("/metrics", async (_request, reply) => {
      reply.header("content-type", registry.contentType);
      return registry.metrics();
    });
  };
}
