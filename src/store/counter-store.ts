import { type Result } from "../lib/result";

/**
 * Shared counters for rate limits and budgets, behind one interface so that one replica or many
 * (through Redis) enforce the same limits. Counters live in fixed windows: a window of
 * `windowMs` starts at a multiple of `windowMs` since the Unix epoch (a minute, a UTC day).
 */

/** One counter a decision reads and, when admitted, adds to. */
export interface CounterCheck {
  /** The counter's name, e.g. `requests:alice`; the store adds the window. */
  key: string;
  windowMs: number;
  /** Most the counter may hold within one window. */
  limit: number;
  /**
   * Added when the decision admits. A check refuses when the counter has already reached its
   * limit or (unless `mayPassLimit`) adding would pass it; `add: 0` only asks whether anything is left.
   */
  add: number;
  /**
   * When true the check refuses only once the counter has reached its limit, so one admitted
   * amount may take it past the limit: a token reservation larger than what is left still gets
   * one call, and the limit is never passed by more than one reservation.
   */
  mayPassLimit?: boolean;
}

/** What one atomic decision found. */
export type CounterDecision =
  | { admitted: true }
  /** `refusedKey` is the first check that refused; nothing was added to any counter. */
  | { admitted: false; refusedKey: string; retryAfterMs: number };

/** One amount to add to a counter without checking a limit. */
export interface CounterIncrement {
  key: string;
  windowMs: number;
  amount: number;
}

/** The store could not be reached or answered wrongly; the caller decides to fail open or closed. */
export interface StoreUnavailable {
  reason: string;
}

export interface CounterStore {
  /** Checks every counter and, only if all admit, adds to all of them: one atomic step. */
  take(checks: CounterCheck[], now: number): Promise<Result<CounterDecision, StoreUnavailable>>;
  /** Adds amounts, e.g. the difference between a call's reservation and what it used (negative gives back). */
  add(increments: CounterIncrement[], now: number): Promise<Result<void, StoreUnavailable>>;
  /** Whether the store answers now; for readiness checks, never throws. */
  reachable(): Promise<boolean>;
  /** Resolves true once the store can answer, or false when it still cannot after `timeoutMs`. */
  whenReady(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The start of the fixed window holding `now`. */
export function windowStart(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs;
}
