/**
 * Runs tasks with at most `limit` in flight per key; the rest wait their turn in arrival order.
 * Keys with nothing running or waiting are forgotten, so the map does not grow with every key
 * ever seen.
 */
export interface ConcurrencyLimiter {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

interface Lane {
  running: number;
  waiting: Array<() => void>;
}

export function createConcurrencyLimiter(limit: number): ConcurrencyLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A concurrency limit must be a whole number of at least 1; got ${limit}`);
  const lanes = new Map<string, Lane>();

  const acquire = (key: string): Promise<void> => {
    let lane = lanes.get(key);
    if (lane === undefined) {
      lane = { running: 0, waiting: [] };
      lanes.set(key, lane);
    }
    if (lane.running < limit) {
      lane.running += 1;
      return Promise.resolve();
    }
    const queued = lane;
    // The slot passes straight from the finishing task to the next waiter, so `running` stays put.
    return new Promise((resolve) => queued.waiting.push(resolve));
  };

  const release = (key: string): void => {
    const lane = lanes.get(key);
    if (lane === undefined) return;
    const next = lane.waiting.shift();
    if (next !== undefined) {
      next();
      return;
    }
    lane.running -= 1;
    if (lane.running === 0) lanes.delete(key);
  };

  return {
    async run(key, task) {
      await acquire(key);
      try {
        return await task();
      } finally {
        release(key);
      }
    },
  };
}
