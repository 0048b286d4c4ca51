import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { fail, ok, type Result } from "../lib/result";

export interface JwtVerifierOptions {
  /** HS256 shared secret; null to refuse HS256 tokens. */
  secret: string | null;
  /** JWKS for RS/ES tokens: an https:// URL (fetched and cached by jose) or a file:// URL; null for none. */
  jwksUrl: string | null;
  /** Required `iss`, when set. */
  issuer: string | null;
  /** Required `aud` (one of), when set. */
  audience: string | null;
  /** Whether a token without `exp` is accepted; when false (the default setting) it is refused. */
  allowNoExpiry: boolean;
}

export interface VerifiedToken {
  subject: string;
  groups: string[];
  /** When the token expires, in milliseconds since the epoch; absent for a token without `exp`. */
  expiresAt?: number;
}

export type JwtVerifier = (token: string) => Promise<Result<VerifiedToken, string>>;

const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

function keySetOf(jwksUrl: string): JWTVerifyGetKey {
  const url = new URL(jwksUrl);
  if (url.protocol === "file:") return createLocalJWKSet(JSON.parse(readFileSync(fileURLToPath(url), "utf8")));
  return createRemoteJWKSet(url);
}

/** Why a token was refused, in words that never repeat the token. */
function refusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "the token has expired";
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === "exp" && error.reason === "missing") {
    return "the token has no exp claim, and tokens must expire";
  }
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's signing algorithm is not accepted";
  if (error instanceof errors.JWKSNoMatchingKey) return "no key of the JWKS matches the token";
  return "the token is not a valid JWT";
}

function groupsOf(payload: JWTPayload): Result<string[], string> {
  const groups = payload.groups;
  if (groups === undefined) return ok([]);
  if (Array.isArray(groups) && groups.every((group) => typeof group === "string")) return ok(groups);
  return fail("the token's groups claim must be an array of strings");
}

/**
 * Verifies a JWT with jose: signature (HS256 with the shared secret, or an asymmetric key from
 * the JWKS, chosen by the token's `alg`), expiry (required unless `allowNoExpiry`), and issuer
 * and audience when configured.
 * Null when neither a secret nor a JWKS is configured: bearer tokens are then refused.
 */
export function createJwtVerifier(options: JwtVerifierOptions): JwtVerifier | null {
  if (options.secret === null && options.jwksUrl === null) return null;
  const secret = options.secret === null ? null : new TextEncoder().encode(options.secret);
  const keySet = options.jwksUrl === null ? null : keySetOf(options.jwksUrl);
  const claims = {
    ...(options.issuer === null ? {} : { issuer: options.issuer }),
    ...(options.audience === null ? {} : { audience: options.audience }),
    // A token that never expires is a credential that can never be taken back.
    ...(options.allowNoExpiry ? {} : { requiredClaims: ["exp"] }),
  };
  return async (token) => {
    try {
      // decodeProtectedHeader throws for anything that is not a JWS, which refusal() words as such.
      const { alg } = decodeProtectedHeader(token);
      let payload: JWTPayload;
      if (alg === "HS256") {
        if (secret === null) return fail("HS256 tokens are not accepted: no shared secret is configured");
        ({ payload } = await jwtVerify(token, secret, { ...claims, algorithms: ["HS256"] }));
      } else {
        if (keySet === null) return fail("only HS256 tokens are accepted: no JWKS is configured");
        ({ payload } = await jwtVerify(token, keySet, { ...claims, algorithms: ASYMMETRIC_ALGORITHMS }));
      }
      if (typeof payload.sub !== "string" || payload.sub.length === 0) return fail("the token has no sub claim");
      const groups = groupsOf(payload);
      if (!groups.ok) return groups;
      return ok({ subject: payload.sub, groups: groups.value, ...(typeof payload.exp === "number" ? { expiresAt: payload.exp * 1000 } : {}) });
    } catch (error) {
      return fail(refusal(error));
    }
  };
}
