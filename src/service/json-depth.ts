/**
 * Whether a JSON value nests objects and arrays deeper than `limit` levels, found without
 * recursion: a hostile body nested 100,000 levels deep must be refused, not overflow the stack
 * of whatever walks it first (JSON.stringify, a codec, a cache key).
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (depth + 1 > limit) return true;
    for (const member of Array.isArray(current) ? current : Object.values(current)) pending.push({ value: member, depth: depth + 1 });
  }
  return false;
}
