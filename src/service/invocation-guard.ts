import { type AccessPolicy, type Limits } from "../auth/access-policy";
import { type Identity } from "../auth/identity";
import { type ModelNames } from "../auth/model-pattern";
import { type Failure } from "../lib/failure";
import { fail, ok, type Result } from "../lib/result";
import { type TokenUsage } from "../models/invocation.types";
import { type CounterCheck, type CounterStore } from "../store/counter-store";

/** What the gateway does when the counter store cannot be reached: admit (open) or refuse (closed). */
export type StoreFailureMode = "open" | "closed";

export interface InvocationGuard {
  /** Policy, then limits; a failure means no upstream call may be made. Takes one request from the caller's rate. */
  admit(identity: Identity, model: ModelNames): Promise<Result<void, Failure>>;
  /** Counts the tokens Bedrock reported against the caller's per-minute and daily budgets. */
  recordUsage(identity: Identity, usage: TokenUsage): Promise<void>;
}

export interface InvocationGuardDependencies {
  policy: AccessPolicy;
  store: CounterStore;
  storeFailure: StoreFailureMode;
  /** Told every time the store could not be used, with what was done about it. */
  onStoreUnavailable: (event: { reason: string; mode: StoreFailureMode; operation: "admit" | "recordUsage" }) => void;
  /** Wall clock in milliseconds since the epoch (windows are UTC minutes and days). */
  now?: () => number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

interface LimitRule {
  limit: keyof Limits;
  counter: string;
  windowMs: number;
  /** Added on admission: one request; tokens are added after the call. */
  addOnAdmit: number;
  describe: (limit: number) => string;
  kind: "Throttling" | "ServiceQuotaExceeded";
}

const RULES: LimitRule[] = [
  {
    limit: "requestsPerMinute",
    counter: "requests-minute",
    windowMs: MINUTE_MS,
    addOnAdmit: 1,
    describe: (limit) => `${limit} requests per minute`,
    kind: "Throttling",
  },
  {
    limit: "tokensPerMinute",
    counter: "tokens-minute",
    windowMs: MINUTE_MS,
    addOnAdmit: 0,
    describe: (limit) => `${limit} tokens per minute`,
    kind: "Throttling",
  },
  {
    limit: "tokensPerDay",
    counter: "tokens-day",
    windowMs: DAY_MS,
    addOnAdmit: 0,
    describe: (limit) => `daily budget of ${limit} tokens`,
    kind: "ServiceQuotaExceeded",
  },
];

const counterKey = (rule: LimitRule, identity: Identity) => `${rule.counter}:${identity.id}`;

export function createInvocationGuard({
  policy,
  store,
  storeFailure,
  onStoreUnavailable,
  now = () => Date.now(),
}: InvocationGuardDependencies): InvocationGuard {
  return {
    async admit(identity, model) {
      const decision = policy.decide(identity, model);
      if (!decision.allowed) {
        return fail({ kind: "AccessDenied", source: "GATEWAY", message: `Access denied by the gateway: ${decision.reason}` });
      }
      const limits = policy.limitsOf(identity);
      const rules = RULES.filter((rule) => limits[rule.limit] !== undefined);
      if (rules.length === 0) return ok(undefined);
      const checks: CounterCheck[] = rules.map((rule) => ({
        key: counterKey(rule, identity),
        windowMs: rule.windowMs,
        limit: limits[rule.limit]!,
        add: rule.addOnAdmit,
      }));
      const taken = await store.take(checks, now());
      if (!taken.ok) {
        onStoreUnavailable({ reason: taken.failure.reason, mode: storeFailure, operation: "admit" });
        if (storeFailure === "open") return ok(undefined);
        return fail({
          kind: "ServiceUnavailable",
          source: "GATEWAY",
          message: "The gateway cannot check rate limits right now (its counter store is unreachable), so it refuses calls until it can",
          retryAfterSeconds: 1,
        });
      }
      if (taken.value.admitted) return ok(undefined);
      const { refusedKey, retryAfterMs } = taken.value;
      const rule = rules.find((candidate) => counterKey(candidate, identity) === refusedKey)!;
      const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      return fail({
        kind: rule.kind,
        source: "GATEWAY",
        message: `The gateway's limit of ${rule.describe(limits[rule.limit]!)} for ${identity.id} is used up; retry in ${retryAfterSeconds} s`,
        retryAfterSeconds,
      });
    },
    async recordUsage(identity, usage) {
      const tokens = (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0);
      const limits = policy.limitsOf(identity);
      const increments = RULES.filter((rule) => rule.addOnAdmit === 0 && limits[rule.limit] !== undefined).map((rule) => ({
        key: counterKey(rule, identity),
        windowMs: rule.windowMs,
        amount: tokens,
      }));
      if (tokens === 0 || increments.length === 0) return;
      const added = await store.add(increments, now());
      if (!added.ok) onStoreUnavailable({ reason: added.failure.reason, mode: storeFailure, operation: "recordUsage" });
    },
  };
}
