import { type AccessPolicy, type Limits } from "../auth/access-policy";
import { type Identity } from "../auth/identity";
import { type ModelNames } from "../auth/model-pattern";
import { type Failure } from "../lib/failure";
import { fail, ok, type Result } from "../lib/result";
import { type CounterCheck, type CounterStore } from "../store/counter-store";

/** What the gateway does when the counter store cannot be reached: admit (open) or refuse (closed). */
export type StoreFailureMode = "open" | "closed";

/** What an admission took: the tokens reserved for the call, and when (the windows they were counted in). */
export interface Admission {
  reservedTokens: number;
  at: number;
}

export interface InvocationGuard {
  /**
   * Policy, then limits, in one atomic step of the counter store: one request from the
   * caller's rate, and `reservedTokens` (what the call may cost) from its token budgets. A
   * failure means no upstream call may be made.
   */
  admit(identity: Identity, model: ModelNames, reservedTokens: number): Promise<Result<Admission, Failure>>;
  /** Replaces the admission's reservation with the tokens Bedrock reported (null: keep the reservation). */
  settle(identity: Identity, admission: Admission, usedTokens: number | null): Promise<void>;
}

export interface InvocationGuardDependencies {
  policy: AccessPolicy;
  store: CounterStore;
  storeFailure: StoreFailureMode;
  /** Told every time the store could not be used, with what was done about it. */
  onStoreUnavailable: (event: { reason: string; mode: StoreFailureMode; operation: "admit" | "settle" }) => void;
  /** Wall clock in milliseconds since the epoch (windows are UTC minutes and days). */
  now?: () => number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

interface LimitRule {
  limit: keyof Limits;
  counter: string;
  windowMs: number;
  /** Tokens are reserved on admission and settled after the call; requests are counted on admission. */
  counts: "requests" | "tokens";
  describe: (limit: number) => string;
  kind: "Throttling" | "ServiceQuotaExceeded";
}

const RULES: LimitRule[] = [
  {
    limit: "requestsPerMinute",
    counter: "requests-minute",
    windowMs: MINUTE_MS,
    counts: "requests",
    describe: (limit) => `${limit} requests per minute`,
    kind: "Throttling",
  },
  {
    limit: "tokensPerMinute",
    counter: "tokens-minute",
    windowMs: MINUTE_MS,
    counts: "tokens",
    describe: (limit) => `${limit} tokens per minute`,
    kind: "Throttling",
  },
  {
    limit: "tokensPerDay",
    counter: "tokens-day",
    windowMs: DAY_MS,
    counts: "tokens",
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
  const unlimited = (at: number) => ok({ reservedTokens: 0, at });
  return {
    async admit(identity, model, reservedTokens) {
      const at = now();
      const decision = policy.decide(identity, model);
      if (!decision.allowed) {
        return fail({ kind: "AccessDenied", source: "GATEWAY", message: `Access denied by the gateway: ${decision.reason}` });
      }
      const limits = policy.limitsOf(identity);
      const rules = RULES.filter((rule) => limits[rule.limit] !== undefined);
      if (rules.length === 0) return unlimited(at);
      const reservesTokens = rules.some((rule) => rule.counts === "tokens");
      const checks: CounterCheck[] = rules.map((rule) => ({
        key: counterKey(rule, identity),
        windowMs: rule.windowMs,
        limit: limits[rule.limit]!,
        add: rule.counts === "requests" ? 1 : reservedTokens,
        // A reservation larger than what is left still gets one call: budgets are passed by at most one reservation.
        mayPassLimit: rule.counts === "tokens",
      }));
      const taken = await store.take(checks, at);
      if (!taken.ok) {
        onStoreUnavailable({ reason: taken.failure.reason, mode: storeFailure, operation: "admit" });
        if (storeFailure === "open") return unlimited(at);
        return fail({
          kind: "ServiceUnavailable",
          source: "GATEWAY",
          message: "The gateway cannot check rate limits right now (its counter store is unreachable), so it refuses calls until it can",
          retryAfterSeconds: 1,
        });
      }
      if (taken.value.admitted) return ok({ reservedTokens: reservesTokens ? reservedTokens : 0, at });
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
    async settle(identity, admission, usedTokens) {
      const limits = policy.limitsOf(identity);
      const difference = (usedTokens ?? admission.reservedTokens) - admission.reservedTokens;
      const increments = RULES.filter((rule) => rule.counts === "tokens" && limits[rule.limit] !== undefined).map((rule) => ({
        key: counterKey(rule, identity),
        windowMs: rule.windowMs,
        amount: difference,
      }));
      if (difference === 0 || increments.length === 0) return;
      // Into the windows the reservation was counted in, so a call that ends after the minute turns corrects its own.
      const added = await store.add(increments, admission.at);
      if (!added.ok) onStoreUnavailable({ reason: added.failure.reason, mode: storeFailure, operation: "settle" });
    },
  };
}
