import { type AccessPolicy, type Limits } from "../auth/access-policy";
import { type Identity } from "../auth/identity";

/** What a caller may do, as `me` shows it to them. */
export interface CallerRightsView {
  id: string;
  groups: string[];
  method: Identity["method"];
  /** Model patterns some statement allows them. */
  allowedModels: string[];
  /** Model patterns some statement denies them; a deny wins over any allow. */
  deniedModels: string[];
  limits: Limits;
  /** The tenant whose Bedrock settings serve their calls; null for the gateway's own. Its endpoint is not shown. */
  tenant: string | null;
}

export interface CallerRights {
  of(identity: Identity): CallerRightsView;
}

export function createCallerRights(policy: AccessPolicy): CallerRights {
  return {
    of(identity) {
      const { allowed, denied } = policy.patternsOf(identity);
      return {
        id: identity.id,
        groups: identity.groups,
        method: identity.method,
        allowedModels: allowed,
        deniedModels: denied,
        limits: policy.limitsOf(identity),
        tenant: identity.tenant?.name ?? null,
      };
    },
  };
}
