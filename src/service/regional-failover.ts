import { type BedrockInvokerPool } from "../bedrock/bedrock-invoker-pool";
import { type BedrockInvoker, type InvokeCall } from "../bedrock/invoke-call.types";
import { type Failure } from "../lib/failure";
import { type Result } from "../lib/result";
import { parseModelId } from "../models/model-id";

/** One Region's invoker, named. */
export interface RegionalInvoker {
  region: string;
  invoker: BedrockInvoker;
}

export interface RegionalFailoverOptions {
  primary: RegionalInvoker;
  /** Every other Region a model may fail over to, by name. */
  fallbacks: ReadonlyMap<string, BedrockInvoker>;
  /**
   * Fallback Regions in order, keyed by model id as given, by base model id, or `*` for any
   * model; the first key that matches wins. Empty: no failover.
   */
  fallbackRegions: Readonly<Record<string, readonly string[]>>;
}

/**
 * Capacity failures another Region may not share. The SDK has already retried them in this
 * Region; a Validation or AccessDenied failure would fail the same way anywhere. The gateway's
 * own ServiceUnavailable (the client went away, the endpoint is unreachable) is not one of them.
 */
function worthAnotherRegion(failure: Failure): boolean {
  if (failure.source !== "BEDROCK") return false;
  return failure.kind === "Throttling" || failure.kind === "ModelNotReady" || failure.kind === "ServiceUnavailable";
}

/**
 * Sends each call to the primary Region, and on a capacity failure that survived the SDK's
 * retries, once to each listed fallback Region in turn. Every answer says which Region gave it
 * and how many attempts it took across Regions; nothing sticks, so the next call starts at the
 * primary again.
 */
export function createRegionalFailover({ primary, fallbacks, fallbackRegions }: RegionalFailoverOptions): BedrockInvoker {
  function regionsFor(modelId: string): RegionalInvoker[] {
    // Failover is off unless configured: skip reading the model id on every call then.
    if (fallbacks.size === 0) return [primary];
    const id = parseModelId(modelId);
    const baseModelId = id.ok ? id.value.baseModelId : null;
    const listed = fallbackRegions[modelId] ?? (baseModelId === null ? undefined : fallbackRegions[baseModelId]) ?? fallbackRegions["*"] ?? [];
    const others = listed.filter((region) => region !== primary.region && fallbacks.has(region));
    return [primary, ...others.map((region) => ({ region, invoker: fallbacks.get(region)! }))];
  }

  async function route<T extends { attempts?: number; region?: string }>(
    call: InvokeCall,
    send: (invoker: BedrockInvoker) => Promise<Result<T, Failure>>,
  ): Promise<Result<T, Failure>> {
    let earlierAttempts = 0;
    let result: Result<T, Failure> | undefined;
    for (const { region, invoker } of regionsFor(call.modelId)) {
      result = await send(invoker);
      if (result.ok) {
        const { value } = result;
        return { ok: true, value: { ...value, region, ...(value.attempts === undefined ? {} : { attempts: value.attempts + earlierAttempts }) } };
      }
      earlierAttempts += result.failure.attempts ?? 1;
      if (!worthAnotherRegion(result.failure)) return result;
    }
    return result!;
  }

  return {
    invoke: (call, signal) => route(call, (invoker) => invoker.invoke(call, signal)),
    invokeStream: (call, signal) => route(call, (invoker) => invoker.invokeStream(call, signal)),
  };
}

export interface FailoverPoolSettings {
  /** The gateway's own Region and endpoint. */
  region: string;
  endpoint: string | null;
  /** As RegionalFailoverOptions.fallbackRegions. */
  fallbackRegions: Readonly<Record<string, readonly string[]>>;
  /** Endpoint per fallback Region (emulators, proxies); absent: the gateway's own endpoint override. */
  regionEndpoints: Readonly<Record<string, string>>;
}

/**
 * The pool with Region failover for the gateway's own scope. A tenant's scope pins its own
 * Region, so its calls never move; they still report the Region that served them.
 */
export function withRegionalFailover(pool: BedrockInvokerPool, settings: FailoverPoolSettings): BedrockInvokerPool {
  const named = new Set(Object.values(settings.fallbackRegions).flat());
  named.delete(settings.region);
  const own = createRegionalFailover({
    primary: { region: settings.region, invoker: pool.invokerFor(null) },
    fallbacks: new Map(
      [...named].map((region) => [region, pool.invokerFor({ region, endpoint: settings.regionEndpoints[region] ?? settings.endpoint ?? undefined })]),
    ),
    fallbackRegions: settings.fallbackRegions,
  });
  const tenants = new Map<string, BedrockInvoker>();
  return {
    invokerFor(scope) {
      if (scope === null) return own;
      const key = JSON.stringify([scope.region, scope.endpoint]);
      let invoker = tenants.get(key);
      if (!invoker) {
        invoker = createRegionalFailover({
          primary: { region: scope.region ?? settings.region, invoker: pool.invokerFor(scope) },
          fallbacks: new Map(),
          fallbackRegions: {},
        });
        tenants.set(key, invoker);
      }
      return invoker;
    },
    size: () => pool.size(),
    destroy: () => pool.destroy(),
  };
}
