import { type AccessPolicyDocument, type LimitsDocument, type StatementDocument } from "./access-policy.schema";
import { type Identity, type TenantScope } from "./identity";
import { compileModelPattern, isArnPattern, type ModelNames } from "./model-pattern";

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
  /** Whether `arbitraryOperations: true` applies to the caller (their own, a group's, or everyone's). */
  mayRunAnyOperation(identity: Identity): boolean;
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
    mayRunAnyOperation: (identity) =>
      [document.everyone, ...identity.groups.map((group) => document.groups[group]), document.principals[identity.id]].some(
        (holder) => holder?.arbitraryOperations === true,
      ),
    principalOfApiKey: (hash) => keyHolders.get(hash),
    groupsOf: (principalId) => document.principals[principalId]?.groups ?? [],
    patternsOf,
    decide(identity, model) {
      const { allowed, denied } = patternsOf(identity);
      // Without a known foundation model (an application inference profile, a prompt router, an
      // ARN the gateway cannot read) the policy fails closed: a model pattern might match what
      // the id runs, so any deny that is not an ARN pattern for other ids wins, and only an
      // allow written for this id (the id itself, or an ARN pattern matching it) allows it.
      const unknownModel = model.baseModelId === null;
      const denying = denied.find((pattern) => matches(pattern, model) || (unknownModel && !isArnPattern(pattern)));
      if (denying !== undefined) {
        const why = matches(denying, model) ? "" : ", which might match the model this id runs (the gateway cannot tell which)";
        return {
          allowed: false,
          reason: `the gateway's access policy denies ${identity.id} the model ${model.given} (deny statement "${denying}"${why})`,
        };
      }
      const allowing = allowed.find((pattern) => matches(pattern, model) && (!unknownModel || pattern === model.given || isArnPattern(pattern)));
      if (allowing !== undefined) return { allowed: true };
      if (unknownModel && allowed.some((pattern) => matches(pattern, model))) {
        return {
          allowed: false,
          reason: `the gateway cannot tell which foundation model ${model.given} runs, so only a statement naming this id or an ARN pattern for it allows it`,
        };
      }
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
