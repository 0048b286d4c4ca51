import { createHash } from "node:crypto";
import { fail, ok, type Result } from "../lib/result";
import { type AccessPolicy } from "./access-policy";
import { ANONYMOUS_ID, type Identity } from "./identity";
import { type JwtVerifier } from "./jwt-verifier";

/** The credentials of one request or connection, as the transport found them. */
export interface Credentials {
  /** The Authorization header (or connection_init `authorization`), e.g. `Bearer eyJ…`. */
  authorization?: string | undefined;
  /** The x-api-key header (or connection_init `x-api-key`). */
  apiKey?: string | undefined;
}

/** A refused credential: the message says why and never contains the credential. */
export interface AuthenticationFailure {
  message: string;
  /** Set when the source was refused for too many failed attempts: when to try again. */
  retryAfterSeconds?: number;
}

export type Authenticator = (credentials: Credentials) => Promise<Result<Identity, AuthenticationFailure>>;

/** An authenticator that also knows where the request came from (its address), to slow guessing from it. */
export type SourcedAuthenticator = (credentials: Credentials, source: string) => Promise<Result<Identity, AuthenticationFailure>>;

export interface AuthenticatorOptions {
  policy: AccessPolicy;
  /** Null: bearer tokens are refused. */
  verifyJwt: JwtVerifier | null;
  /** Whether a caller without credentials may call as `anonymous`. */
  allowAnonymous: boolean;
}

/** How API keys are stored in the policy file. */
export function hashApiKey(key: string): string {
  return `sha256:${createHash("sha256").update(key, "utf8").digest("hex")}`;
}

const refuse = (message: string) => fail<AuthenticationFailure>({ message });

export function createAuthenticator({ policy, verifyJwt, allowAnonymous }: AuthenticatorOptions): Authenticator {
  const withPolicyGroups = (id: string, method: Identity["method"], extra: string[] = []): Identity => ({
    id,
    method,
    groups: [...new Set([...policy.groupsOf(id), ...extra])],
    tenant: policy.tenantOf(id),
  });
  return async ({ authorization, apiKey }) => {
    const hasAuthorization = authorization !== undefined && authorization !== "";
    const hasApiKey = apiKey !== undefined && apiKey !== "";
    if (hasAuthorization && hasApiKey) return refuse("Give one credential: either an Authorization bearer token or an x-api-key, not both");
    if (hasAuthorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) return refuse("The Authorization header must be `Bearer <token>`");
      if (verifyJwt === null) return refuse("Bearer tokens are not accepted: the gateway has no AUTH_JWT_SECRET or AUTH_JWKS_URL");
      const verified = await verifyJwt(match[1]);
      if (!verified.ok) return refuse(`The bearer token was refused: ${verified.failure}`);
      const identity = withPolicyGroups(verified.value.subject, "jwt", verified.value.groups);
      return ok(verified.value.expiresAt === undefined ? identity : { ...identity, expiresAt: verified.value.expiresAt });
    }
    if (hasApiKey) {
      const holder = policy.principalOfApiKey(hashApiKey(apiKey));
      if (holder === undefined) return refuse("The API key is not recognized");
      return ok(withPolicyGroups(holder, "api-key"));
    }
    if (!allowAnonymous) return refuse("Authentication required: send an Authorization bearer token or an x-api-key");
    return ok(withPolicyGroups(ANONYMOUS_ID, "anonymous"));
  };
}
