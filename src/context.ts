import { type Identity } from "./auth/identity";
import { type CallerRights } from "./service/caller-rights";
import { type InvocationLoader, type InvocationLoaderFactory } from "./service/invocation-loader";
import { type InvokeService } from "./service/invoke.service";
import { type ModelCatalog } from "./service/model-catalog";
import { type SlotCounter } from "./service/slot-counter";
import { type StreamService } from "./service/stream.service";

/** The use cases a resolver may call; built once per process and shared by every request. */
export interface Services {
  invoke: InvokeService;
  catalog: ModelCatalog;
  stream: StreamService;
  rights: CallerRights;
  /** Per-operation DataLoaders over `invoke`. */
  invocationLoaders: InvocationLoaderFactory;
  /** A new counter of one connection's open streams (a WebSocket's), with the configured limit. */
  connectionStreams(): SlotCounter;
}

/** What every resolver of one GraphQL operation sees. (A type, not an interface: graphql-sse wants a plain record.) */
export type RequestContext = {
  /** Our id for this operation, echoed in logs and masked error messages. */
  requestId: string;
  services: Services;
  /** Aborted when the client goes away, so upstream calls stop too. */
  signal: AbortSignal;
  /** Who is calling, resolved once per HTTP request, SSE request or WebSocket connection. */
  caller: Identity;
  /** This operation's invocations, de-duplicated; fresh for every operation. */
  invocations: InvocationLoader;
  /** The open streams of the connection the operation came over, when it holds several (WebSocket); else null. */
  connectionStreams: SlotCounter | null;
};

export function createRequestContext(
  services: Services,
  requestId: string,
  signal: AbortSignal,
  caller: Identity,
  connectionStreams: SlotCounter | null = null,
): RequestContext {
  return { requestId, services, signal, caller, connectionStreams, invocations: services.invocationLoaders.forOperation(caller, signal, requestId) };
}

export { type SlotCounter };
