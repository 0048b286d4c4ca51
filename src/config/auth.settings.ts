import { z } from "zod";
import { flag, intRange } from "./setting-schemas";

export interface AuthSettings {
  /** HS256 shared secret for bearer JWTs, at least 32 characters. Env: AUTH_JWT_SECRET; none by default. */
  jwtSecret: string | null;
  /** JWKS for RS/ES bearer JWTs: an http(s):// URL (fetched and cached) or a file:// URL. Env: AUTH_JWKS_URL. */
  jwksUrl: string | null;
  /** Required `iss` of every JWT, when set. Env: AUTH_ISSUER. */
  issuer: string | null;
  /** Required `aud` of every JWT, when set. Env: AUTH_AUDIENCE. */
  audience: string | null;
  /**
   * Refused credentials one source address may send per UTC minute; past it, the address is
   * refused (HTTP 429) until the minute ends. 0 turns it off. Env: AUTH_FAILURES_PER_MINUTE, default 30.
   */
  failuresPerMinute: number;
  /** Whether a JWT without `exp` is accepted. Env: AUTH_JWT_ALLOW_NO_EXP (`true` | `false`), default false: such tokens are refused. */
  allowJwtWithoutExpiry: boolean;
  /**
   * Whether a request without credentials runs as the principal `anonymous`. Env: AUTH_ANONYMOUS
   * (`true` | `false`); default true with the embedded emulator outside production, false with
   * `endpoint`, `aws`, and whenever NODE_ENV=production.
   */
  allowAnonymous: boolean;
  /** Access policy (YAML or JSON), validated at start. Env: POLICY_FILE; without one every caller may use every model, unlimited. */
  policyFile: string | null;
}

export const authVariables = {
  AUTH_JWT_SECRET: z.string().min(32, "AUTH_JWT_SECRET must be at least 32 characters (256 bits for HS256)").optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^(https?|file)$/, error: "AUTH_JWKS_URL must be an http://, https:// or file:// URL" }).optional(),
  AUTH_ISSUER: z.string().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_JWT_ALLOW_NO_EXP: flag("AUTH_JWT_ALLOW_NO_EXP").default("false"),
  AUTH_FAILURES_PER_MINUTE: intRange("AUTH_FAILURES_PER_MINUTE", 0, 1_000_000).default(30),
  AUTH_ANONYMOUS: flag("AUTH_ANONYMOUS").optional(),
  POLICY_FILE: z.string().optional(),
};

type AuthValues = z.infer<z.ZodObject<typeof authVariables>>;

/** `embeddedEmulator` and `production` decide whether anonymous access is on when AUTH_ANONYMOUS does not say. */
export function readAuthSettings(
  values: AuthValues,
  { embeddedEmulator, production }: { embeddedEmulator: boolean; production: boolean },
): AuthSettings {
  return {
    jwtSecret: values.AUTH_JWT_SECRET ?? null,
    jwksUrl: values.AUTH_JWKS_URL ?? null,
    issuer: values.AUTH_ISSUER ?? null,
    audience: values.AUTH_AUDIENCE ?? null,
    allowJwtWithoutExpiry: values.AUTH_JWT_ALLOW_NO_EXP === "true",
    failuresPerMinute: values.AUTH_FAILURES_PER_MINUTE,
    allowAnonymous: values.AUTH_ANONYMOUS === undefined ? embeddedEmulator && !production : values.AUTH_ANONYMOUS === "true",
    policyFile: values.POLICY_FILE ?? null,
  };
}
