import { type FastifyPluginAsync } from "fastify";

/** One named dependency readiness waits for (the upstream; the store, where one is configured). */
export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean>;
}

export interface HealthRouteOptions {
  checks: ReadinessCheck[];
  /** True once shutdown began: the load balancer should send no new requests. */
  draining(): boolean;
}

/**
 * `/healthz`: the process serves requests (liveness; never looks at dependencies, so a Bedrock
 * outage does not get healthy replicas restarted). `/readyz`: every dependency answers and the
 * gateway is not shutting down; 503 with the failing names otherwise.
 */
export function healthRoutes({ checks, draining }: HealthRouteOptions): FastifyPluginAsync {
  return async (app) => {
    app.get("/healthz", async () => ({ status: "ok" }));
    app.get("/readyz", async (_request, reply) => {
      const results = await Promise.all(checks.map(async ({ name, check }) => [name, await check().catch(() => false)] as const));
      const failing = results.filter(([, ok]) => !ok).map(([name]) => name);
      if (draining()) failing.push("shutting-down");
      reply.code(failing.length === 0 ? 200 : 503);
      return { status: failing.length === 0 ? "ready" : "not-ready", checks: Object.fromEntries(results), ...(failing.length ? { failing } : {}) };
    });
  };
}
