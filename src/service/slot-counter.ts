/**
 * Counts what each key (a principal, a connection) holds at once, up to `limit`: taking past it
 * is refused, not queued. Keys holding nothing are forgotten, so the map stays as small as what
 * is in flight.
 */
export interface SlotCounter {
  readonly limit: number;
  /** Takes a slot for `key`; false when it already holds `limit`. */
  tryTake(key: string): boolean;
  give(key: string): void;
}

export function createSlotCounter(limit: number): SlotCounter {
  const held = new Map<string, number>();
  return {
    limit,
    tryTake(key) {
      const count = held.get(key) ?? 0;
      if (count >= limit) return false;
      held.set(key, count + 1);
      return true;
    },
    give(key) {
      const count = (held.get(key) ?? 0) - 1;
      if (count > 0) held.set(key, count);
      else held.delete(key);
    },
  };
}
