import { randomUUID } from "node:crypto";
import { sendBedrockError } from "./bedrock-error-reply";
import { UNKNOWN_OPERATION } from "./bedrock-exception";
import { type Exchange } from "./exchange.types";
import { type Route } from "./route.types";

/**
 * Sends each exchange to the first route whose method and path match, and logs one line per
 * answer. Anything else gets a 404 in Bedrock's error shape, as the real endpoint does.
 */
export function createRouter(routes: readonly Route[], logger: (line: string) => void): (exchange: Exchange) => void {
  return (exchange) => {
    const { request } = exchange;
    const startedAt = performance.now();
    const described = `${request.method} ${request.path} HTTP/${request.httpVersion}`;
    const logged: Exchange = {
      request,
      response: {
        send(status, headers, body) {
          logger(`${described} → ${status} in ${Math.round(performance.now() - startedAt)} ms`);
          exchange.response.send(status, headers, body);
        },
        startStream(status, headers) {
          logger(`${described} → ${status}, streaming from ${Math.round(performance.now() - startedAt)} ms`);
          return exchange.response.startStream(status, headers);
        },
        drop() {
          logger(`${described} → dropped`);
          exchange.response.drop();
        },
      },
    };
    const match = findRoute(routes, request.method, request.path);
    if (match === undefined) {
      const message = `No operation matches ${request.method} ${request.path}.`;
      sendBedrockError(logged.response, { name: UNKNOWN_OPERATION.name, message }, randomUUID());
      return;
    }
    match.route.handle(logged, match.captures).catch((error: unknown) => {
      // A throw here is an emulator bug: say so loudly, and still answer the client.
      logger(`${described} failed inside the emulator: ${error instanceof Error ? error.stack : String(error)}`);
      const message = "The emulator failed while handling this request.";
      sendBedrockError(logged.response, { name: "InternalServerException", message }, randomUUID());
    });
  };
}

function findRoute(routes: readonly Route[], method: string, path: string): { route: Route; captures: string[] } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const matched = route.path.exec(path);
    if (matched) return { route, captures: matched.slice(1) };
  }
  return undefined;
}
