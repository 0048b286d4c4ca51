import { parseAccessPolicy } from "../../src/auth/access-policy-file";
import { type HarnessAuth } from "./gateway-harness";

/**
 * A harness's auth for an access-policy document given as an object: API keys and JWTs as the
 * policy says, no anonymous callers, counters in this process, limits failing open unless `overrides` say otherwise.
 */
export function policyAuth(document: Record<string, unknown>, overrides: Partial<HarnessAuth> = {}): HarnessAuth {
  const policy = parseAccessPolicy(JSON.stringify(document), "test policy");
  if (!policy.ok) throw new Error(policy.failure);
  return {
    policy: policy.value,
    jwt: { secret: null, jwksUrl: null, issuer: null, audience: null },
    allowAnonymous: false,
    redisUrl: null,
    storeFailure: "open",
    ...overrides,
  };
}
