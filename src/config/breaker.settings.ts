import { type z } from "zod";
import { positiveInt } from "./setting-schemas";

/** The per-model circuit breaker in front of Bedrock. */
export interface BreakerSettings {
  /** Consecutive ServiceUnavailable/InternalServer failures of one model that open its breaker. Env: BREAKER_FAILURE_THRESHOLD, default 5. */
  failureThreshold: number;
  /** How long an open breaker answers at once before letting one probe through, in milliseconds. Env: BREAKER_COOLDOWN_MS, default 10000. */
  cooldownMs: number;
}

export const breakerVariables = {
  BREAKER_FAILURE_THRESHOLD: positiveInt("BREAKER_FAILURE_THRESHOLD", 1_000).default(5),
  BREAKER_COOLDOWN_MS: positiveInt("BREAKER_COOLDOWN_MS", 3_600_000).default(10_000),
};

type BreakerValues = z.infer<z.ZodObject<typeof breakerVariables>>;

export function readBreakerSettings(values: BreakerValues): BreakerSettings {
  return { failureThreshold: values.BREAKER_FAILURE_THRESHOLD, cooldownMs: values.BREAKER_COOLDOWN_MS };
}
