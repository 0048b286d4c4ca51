import { Redis } from "ioredis";
import { fail, ok } from "../lib/result";
import { type CounterStore, type StoreUnavailable, windowStart } from "./counter-store";

export interface RedisCounterStoreOptions {
  /** e.g. redis://127.0.0.1:6379/0 */
  url: string;
  /** Prefix of every key, so one Redis can serve several gateways. */
  keyPrefix?: string;
  /** Most milliseconds one command may take before the store counts as unavailable. */
  commandTimeoutMs?: number;
  /** Told when the connection fails or comes back; the store itself never throws for it. */
  onConnectionChange?: (event: { connected: boolean; reason?: string }) => void;
}

/**
 * One decision is one Lua script, which Redis runs atomically: read every counter of the
 * current windows, refuse if any is spent, else add to all. Two replicas sending scripts at the
 * same moment are serialized by Redis, so a limit of N admits N in total, not N per replica.
 * KEYS: the windowed counter names; ARGV: per check limit, add, window end (ms), may pass the
 * limit (1 or 0), then now (ms).
 */
const TAKE_SCRIPT = `
local now = tonumber(ARGV[#ARGV])
for i, key in ipairs(KEYS) do
  local value = tonumber(redis.call('GET', key) or '0')
  local limit = tonumber(ARGV[(i - 1) * 4 + 1])
  local add = tonumber(ARGV[(i - 1) * 4 + 2])
  local window_end = tonumber(ARGV[(i - 1) * 4 + 3])
  local may_pass = ARGV[(i - 1) * 4 + 4] == '1'
  if value >= limit or (not may_pass and value + add > limit) then
    return {0, i, window_end - now}
  end
end
for i, key in ipairs(KEYS) do
  local add = tonumber(ARGV[(i - 1) * 4 + 2])
  local window_end = tonumber(ARGV[(i - 1) * 4 + 3])
  if add > 0 then
    redis.call('INCRBY', key, add)
    redis.call('PEXPIREAT', key, window_end)
  end
end
return {1, 0, 0}
`;

const ADD_SCRIPT = `
for i, key in ipairs(KEYS) do
  redis.call('INCRBY', key, tonumber(ARGV[(i - 1) * 2 + 1]))
  redis.call('PEXPIREAT', key, tonumber(ARGV[(i - 1) * 2 + 2]))
end
return 1
`;

function unavailable(error: unknown): StoreUnavailable {
  return { reason: error instanceof Error ? error.message : String(error) };
}

/** Counters in Redis, shared by every replica that points at the same server. */
export function createRedisCounterStore(options: RedisCounterStoreOptions): CounterStore {
  const prefix = options.keyPrefix ?? "gateway:limits:";
  const redis = new Redis(options.url, {
    // Fail a command at once while disconnected instead of queueing it: a decision that waits
    // for Redis to come back would hold the caller's request for as long.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 1000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    lazyConnect: false,
  });
  let connected = false;
  // Without an error listener ioredis would raise an unhandled 'error' event and end the process.
  redis.on("error", (error: Error) => {
    if (connected) {
      connected = false;
      options.onConnectionChange?.({ connected: false, reason: error.message });
    }
  });
  redis.on("ready", () => {
    connected = true;
    options.onConnectionChange?.({ connected: true });
  });
  redis.on("end", () => {
    connected = false;
  });
  const name = (key: string, windowMs: number, now: number) => `${prefix}${key}:${windowStart(now, windowMs)}`;
  return {
    async take(checks, now) {
      if (checks.length === 0) return ok({ admitted: true });
      const keys = checks.map((check) => name(check.key, check.windowMs, now));
      const argv = checks.flatMap((check) => [check.limit, check.add, windowStart(now, check.windowMs) + check.windowMs, check.mayPassLimit ? 1 : 0]);
      try {
        const answer = (await redis.eval(TAKE_SCRIPT, keys.length, ...keys, ...argv, now)) as [number, number, number];
        const [admitted, refusedIndex, retryAfterMs] = answer;
        if (admitted === 1) return ok({ admitted: true });
        return ok({ admitted: false, refusedKey: checks[refusedIndex - 1].key, retryAfterMs });
      } catch (error) {
        return fail(unavailable(error));
      }
    },
    async add(increments, now) {
      const counted = increments.filter((increment) => increment.amount !== 0);
      if (counted.length === 0) return ok(undefined);
      const keys = counted.map((increment) => name(increment.key, increment.windowMs, now));
      const argv = counted.flatMap((increment) => [increment.amount, windowStart(now, increment.windowMs) + increment.windowMs]);
      try {
        await redis.eval(ADD_SCRIPT, keys.length, ...keys, ...argv);
        return ok(undefined);
      } catch (error) {
        return fail(unavailable(error));
      }
    },
    async reachable() {
      try {
        return (await redis.ping()) === "PONG";
      } catch {
        return false;
      }
    },
    whenReady(timeoutMs) {
      if (redis.status === "ready") return Promise.resolve(true);
      return new Promise((resolve) => {
        const settle = (ready: boolean) => {
          clearTimeout(timer);
          redis.off("ready", onReady);
          resolve(ready);
        };
        const onReady = () => settle(true);
        const timer = setTimeout(() => settle(false), timeoutMs);
        redis.once("ready", onReady);
      });
    },
    async close() {
      redis.disconnect();
    },
  };
}
