import { type AccessPolicyDocument, type LimitsDocument, type StatementDocument } from "./access-policy.schema";
import { type Identity, type TenantScope } from "./identity";
import { compileModelPattern, type ModelNames } from "./model-pattern";

/** A caller's limits; absent means unlimited. */
export type Limits = LimitsDocument;

export type AccessDecision = { allowed: true } | { allowed: false; reason: string };

export interface AccessPolicy {
  /** The principal an API key (as its `sha256:` hash) belongs to. */
  principalOfApiKey(hash: string): string | undefined;
  /** The policy file's groups of a principal. */
  groupsOf(principalId: string): string[];
  /** IAM-like: an explicit deny wins; otherwise allowed only if some statement allows. */
  decide(identity: Identity, model: ModelNames): AccessDecision;
  /** The patterns that apply to a caller, for `me`. */
  patternsOf(identity: Identity): { allowed: string[]; denied: string[] };
  limitsOf(identity: Identity): Limits;
  /** Null: the gateway's default region and endpoint. */
  tenantOf(principalId: string): TenantScope | null;
}

const LIMIT_NAMES = ["requestsPerMinute", "tokensPerMinute", "tokensPerDay"] as const;

/** Builds the policy from a validated document. */
export function createAccessPolicy(document: AccessPolicyDocument): AccessPolicy {
  const keyHolders = new Map<string, string>();
  for (const [id, principal] of Object.entries(document.principals)) {
    for (const hash of principal.apiKeys) keyHolders.set(hash, id);
  }
  const statementsOf = (identity: Identity): StatementDocument[] => [
    ...document.everyone.statements,
    ...identity.groups.flatMap((group) => document.groups[group]?.statements ?? []),
    ...(document.principals[identity.id]?.statements ?? []),
  ];
  // Patterns come only from the document, so compiling each once bounds this map and keeps
  // regular-expression construction off every call's path.
  const matchers = new Map<string, (names: ModelNames) => boolean>();
  const matches = (pattern: string, model: ModelNames): boolean => {
    let matcher = matchers.get(pattern);
    if (matcher === undefined) {
      matcher = compileModelPattern(pattern);
      matchers.set(pattern, matcher);
    }
    return matcher(model);
  };
  const patternsOf = (identity: Identity) => {
    const statements = statementsOf(identity);
    const of = (effect: "allow" | "deny") => [
      ...new Set(statements.filter((statement) => statement.effect === effect).flatMap((statement) => statement.models)),
    ];
    return { allowed: of("allow"), denied: of("deny") };
  };
  return {
    principalOfApiKey: (hash) => keyHolders.get(hash),
    groupsOf: (principalId) => document.principals[principalId]?.groups ?? [],
    patternsOf,
    decide(identity, model) {
      const { allowed, denied } = patternsOf(identity);
      const denying = denied.find((pattern) => matches(pattern, model));
      if (denying !== undefined) {
        return { allowed: false, reason: `the gateway's access policy denies ${identity.id} the model ${model.given} (deny statement "${denying}")` };
      }
      if (allowed.some((pattern) => matches(pattern, model))) return { allowed: true };
      return { allowed: false, reason: `the gateway's access policy allows ${identity.id} no statement matching the model ${model.given}` };
    },
    limitsOf(identity) {
      const own = document.principals[identity.id]?.limits ?? {};
      const groups = identity.groups.flatMap((group) => document.groups[group]?.limits ?? []);
      const limits: Limits = {};
      for (const name of LIMIT_NAMES) {
        // A principal's own limit wins; among groups, the most generous applies, as membership
        // in a group is meant to grant, not restrict; `everyone` is the fallback.
        const fromGroups = groups.map((group) => group[name]).filter((value) => value !== undefined);
        const value = own[name] ?? (fromGroups.length > 0 ? Math.max(...fromGroups) : document.everyone.limits?.[name]);
        if (value !== undefined) limits[name] = value;
      }
      return limits;
    },
    tenantOf(principalId) {
      const name = document.principals[principalId]?.tenant;
      if (name === undefined) return null;
      return { name, ...document.tenants[name] };
    },
  };
}

/** Without a policy file every caller may use every model, without limits. */
export const OPEN_POLICY_DOCUMENT: AccessPolicyDocument = {
  version: 1,
  everyone: { statements: [{ effect: "allow", models: ["*"] }] },
  tenants: {},
  groups: {},
  principals: {},
};
