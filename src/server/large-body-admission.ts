import { type GatewayApp } from "./gateway-app";
import { sendUnauthenticated, type OperationPipeline } from "./operation-pipeline";
import { credentialsFromHeaders } from "./request-authentication";

/**
 * What any client may make the gateway read before it knows who is calling. Larger bodies carry
 * media (MAX_BODY_BYTES allows tens of megabytes): only a caller the gateway admits may make it
 * buffer and parse one, so an unknown client cannot hold the process's memory with large bodies.
 */
export const UNAUTHENTICATED_BODY_BYTES = 1024 * 1024;

function mayBeLarge(headers: Record<string, string | string[] | undefined>): boolean {
  const declared = Number(headers["content-length"]);
  // A chunked body declares no length: it may be as large as MAX_BODY_BYTES.
  return Number.isNaN(declared) ? headers["transfer-encoding"] !== undefined : declared > UNAUTHENTICATED_BODY_BYTES;
}

/**
 * Authenticates a request whose body may exceed UNAUTHENTICATED_BODY_BYTES before fastify reads
 * the body; a refused credential gets the pipeline's 401 at once. The pipeline authenticates the
 * admitted request again as usual (a refusal here is counted once, like any other).
 */
export function admitLargeBodies(app: GatewayApp, pipeline: OperationPipeline): void {
  app.addHook("onRequest", async (request, reply) => {
    if (!mayBeLarge(request.headers)) return;
    const caller = await pipeline.authenticate(credentialsFromHeaders(request.headers), "http", request.ip);
    if (caller instanceof Error) await sendUnauthenticated(reply, caller, request.id);
  });
}
