import { type BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { createBedrockClient, createBedrockInvoker, type BedrockClientOptions } from "./bedrock-invoker";
import { type BedrockInvoker } from "./invoke-call.types";

/** Where one caller's calls go; absent members take the gateway's own settings. */
export interface ClientScope {
  region?: string;
  endpoint?: string;
}

export interface BedrockInvokerPool {
  /** The invoker for a scope (null: the gateway's own); one SDK client per distinct scope, reused. */
  invokerFor(scope: ClientScope | null): BedrockInvoker;
  /** How many SDK clients exist, for tests and metrics. */
  size(): number;
  destroy(): void;
}

/**
 * One SDK client per region and endpoint. Each client holds only its own scope's region and
 * endpoint (and its own sockets), so nothing of one tenant's configuration reaches another's
 * calls; tenants with the same scope share a client, since it carries nothing else of theirs.
 */
export interface BedrockInvokerPoolOptions extends BedrockClientOptions {
  /** Wraps each scope's invoker, e.g. with a per-model concurrency limit; absent: used as is. */
  decorate?: (invoker: BedrockInvoker) => BedrockInvoker;
}

export function createBedrockInvokerPool({ decorate = (invoker) => invoker, ...base }: BedrockInvokerPoolOptions): BedrockInvokerPool {
  const entries = new Map<string, { client: BedrockRuntimeClient; invoker: BedrockInvoker }>();
  return {
    invokerFor(scope) {
      const region = scope?.region ?? base.region;
      const endpoint = scope?.endpoint ?? base.endpoint;
      const key = JSON.stringify([region, endpoint]);
      let entry = entries.get(key);
      if (!entry) {
        const client = createBedrockClient({ ...base, region, endpoint });
        entry = { client, invoker: decorate(createBedrockInvoker(client, base.timeoutMs)) };
        entries.set(key, entry);
      }
      return entry.invoker;
    },
    size: () => entries.size,
    destroy() {
      for (const { client } of entries.values()) client.destroy();
      entries.clear();
    },
  };
}
