/**
 * At most `limit` tasks in flight per key; the rest wait. Waiters are served by party (a
 * principal) in turn, each party's own in arrival order: a party with 500 waiting tasks does
 * not make another party's one task wait behind all of them. Keys with nothing running or
 * waiting are forgotten, so the map does not grow with every key ever seen.
 */
export interface ConcurrencyLimiter {
  run<T>(key: string, task: () => Promise<T>, party?: string): Promise<T>;
  /** Waits for a slot and resolves with the function that gives it back (call it once). */
  acquire(key: string, party?: string): Promise<() => void>;
}

interface Lane {
  running: number;
  /** Waiters by party, and the parties in the order their turns come. */
  waiting: Map<string, Array<() => void>>;
  turns: string[];
}

export function createConcurrencyLimiter(limit: number): ConcurrencyLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A concurrency limit must be a whole number of at least 1; got ${limit}`);
  const lanes = new Map<string, Lane>();

  const release = (key: string): void => {
    const lane = lanes.get(key);
    if (lane === undefined) return;
    const party = lane.turns.shift();
    if (party !== undefined) {
      const queue = lane.waiting.get(party)!;
      const next = queue.shift()!;
      if (queue.length > 0) lane.turns.push(party);
      else lane.waiting.delete(party);
      // The slot passes straight from the finishing task to the next waiter, so `running` stays put.
      next();
      return;
    }
    lane.running -= 1;
    if (lane.running === 0) lanes.delete(key);
  };

  const acquire = async (key: string, party = ""): Promise<() => void> => {
    let lane = lanes.get(key);
    if (lane === undefined) {
      lane = { running: 0, waiting: new Map(), turns: [] };
      lanes.set(key, lane);
    }
    if (lane.running < limit) {
      lane.running += 1;
    } else {
      const queued = lane;
      await new Promise<void>((resolve) => {
        const queue = queued.waiting.get(party);
        if (queue) queue.push(resolve);
        else {
          queued.waiting.set(party, [resolve]);
          queued.turns.push(party);
        }
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release(key);
    };
  };

  return {
    acquire,
    async run(key, task, party) {
      const give = await acquire(key, party);
      try {
        return await task();
      } finally {
        give();
      }
    },
  };
}
