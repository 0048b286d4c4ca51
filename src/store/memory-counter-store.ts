import { ok } from "../lib/result";
import { type CounterStore, windowStart } from "./counter-store";

interface Counter {
  value: number;
  expiresAt: number;
}

/**
 * Counters in this process's memory: the default for one replica. JavaScript runs one callback
 * at a time, so each decision is atomic without locks. Expired windows are dropped as they are met.
 */
export function createMemoryCounterStore(): CounterStore {
  const counters = new Map<string, Counter>();
  const read = (key: string, windowMs: number, now: number): { counter: Counter } => {
    const start = windowStart(now, windowMs);
    const name = `${key}:${start}`;
    let counter = counters.get(name);
    if (!counter || counter.expiresAt <= now) {
      counter = { value: 0, expiresAt: start + windowMs };
      counters.set(name, counter);
    }
    return { counter };
  };
  const sweep = (now: number) => {
    for (const [name, counter] of counters) if (counter.expiresAt <= now) counters.delete(name);
  };
  let lastSweep = 0;
  return {
    async take(checks, now) {
      // Sweeping at most once a second keeps memory bounded by the keys of the live windows.
      if (now - lastSweep > 1000) {
        sweep(now);
        lastSweep = now;
      }
      const counted = checks.map((check) => ({ check, ...read(check.key, check.windowMs, now) }));
      for (const { check, counter } of counted) {
        if (counter.value >= check.limit || (!check.mayPassLimit && counter.value + check.add > check.limit)) {
          return ok({ admitted: false, refusedKey: check.key, retryAfterMs: counter.expiresAt - now });
        }
      }
      for (const { check, counter } of counted) counter.value += check.add;
      return ok({ admitted: true });
    },
    async add(increments, now) {
      for (const increment of increments) read(increment.key, increment.windowMs, now).counter.value += increment.amount;
      return ok(undefined);
    },
    async reachable() {
      return true;
    },
    async whenReady() {
      return true;
    },
    async close() {
      counters.clear();
    },
  };
}
