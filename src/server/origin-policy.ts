/**
 * Which browser origins may call the gateway across origins. A pattern is an exact origin
 * (`https://app.example.com`), a subdomain wildcard (`https://*.example.com`: any subdomain, not
 * the bare domain), or any port (`http://localhost:*`). Origins are compared as browsers send
 * them: scheme, host and port, no path.
 */
export type OriginPolicy = (origin: string) => boolean;

function escaped(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

function compile(pattern: string): RegExp {
  const anyPort = pattern.endsWith(":*");
  const base = anyPort ? pattern.slice(0, -2) : pattern;
  const [scheme, host] = base.split("://") as [string, string];
  const hostSource = host.startsWith("*.") ? `([a-z0-9-]+\\.)+${escaped(host.slice(2))}` : escaped(host);
  return new RegExp(`^${escaped(scheme)}://${hostSource}${anyPort ? "(:\\d{1,5})?" : ""}$`, "i");
}

export function createOriginPolicy(patterns: readonly string[]): OriginPolicy {
  const expressions = patterns.map(compile);
  return (origin) => expressions.some((expression) => expression.test(origin));
}
