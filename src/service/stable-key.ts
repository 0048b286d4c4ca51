/**
 * JSON with object keys sorted, so two values that mean the same thing give the same string
 * whatever order their fields were built in. Undefined members are left out, as JSON does.
 */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member === null || typeof member !== "object" || Array.isArray(member)) return member;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(member).sort()) sorted[name] = (member as Record<string, unknown>)[name];
    return sorted;
  });
}
