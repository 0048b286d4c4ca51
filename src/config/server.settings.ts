import { z } from "zod";
import { ConfigError } from "./config-error";
import { flag, intRange, port } from "./setting-schemas";

/** How the process listens, logs and stops. */
export interface ServerSettings {
  /** HTTP port for GraphQL. Env: PORT, default 4000. */
  port: number;
  /** Interface to listen on. Env: HOST, default `localhost`. */
  host: string;
  /** Port of the emulator: the standalone one (`npm run emulator`), and the embedded one if set (else random). Env: EMULATOR_PORT, default 4010 standalone. */
  emulatorPort: number | null;
  /**
   * `production` turns off the landing page and introspection, requires BEDROCK_MODE, and turns
   * anonymous access off unless AUTH_ANONYMOUS=true. Env: NODE_ENV.
   */
  production: boolean;
  /**
   * On SIGTERM/SIGINT, how long in-flight requests may take to finish before their connections
   * are closed anyway, in milliseconds. Env: SHUTDOWN_GRACE_MS, default 10000.
   */
  shutdownGraceMs: number;
  /** pino log level. Env: LOG_LEVEL, default `info`. */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /**
   * Browser origins allowed to call across origins (CORS, and the Origin of WebSocket upgrades
   * and SSE requests): exact origins, `https://*.example.com` for subdomains, `http://localhost:*`
   * for any port. Env: CORS_ORIGINS, comma-separated. Default: none in production and with
   * `endpoint`/`aws`; on the embedded emulator outside production, `DEVELOPMENT_ORIGINS`.
   */
  corsOrigins: string[];
  /**
   * Which proxies' X-Forwarded-For to believe for the caller's address (the failed-authentication
   * brake keys on it): false (none, the connection's address), a number of hops, or addresses and
   * CIDRs. Env: TRUST_PROXY, default none.
   */
  trustProxy: boolean | number | string[];
  /** graphql-codegen's persisted-documents manifest (SHA-256 hash → document). Env: TRUSTED_DOCUMENTS_FILE. */
  trustedDocumentsFile: string | null;
  /**
   * Whether callers without the policy's `arbitraryOperations` may run only the manifest's
   * documents. Env: TRUSTED_DOCUMENTS_ONLY; default true in production with a manifest, else false
   * (development: Sandbox and any operation keep working, and hashes still resolve).
   */
  trustedDocumentsOnly: boolean;
}

/** Local development servers on any port, and the Apollo Sandbox the landing page embeds. */
export const DEVELOPMENT_ORIGINS = [
  "http://localhost:*",
  "http://127.0.0.1:*",
  "https://sandbox.embed.apollographql.com",
  "https://studio.apollographql.com",
];

const ORIGIN_PATTERN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/i;

export const serverVariables = {
  PORT: port("PORT").default(4000),
  HOST: z.string().min(1).default("localhost"),
  EMULATOR_PORT: port("EMULATOR_PORT").optional(),
  NODE_ENV: z.string().optional(),
  SHUTDOWN_GRACE_MS: intRange("SHUTDOWN_GRACE_MS", 0, 600_000).default(10_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CORS_ORIGINS: z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((origin) => origin.trim())
        .filter((origin) => origin.length > 0),
    )
    .refine((origins) => origins.every((origin) => ORIGIN_PATTERN.test(origin)), {
      message: "CORS_ORIGINS must be origins like https://app.example.com, https://*.example.com or http://localhost:*, separated by commas",
    })
    .optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(false|\d{1,2}|[0-9a-f.:/]+(,\s*[0-9a-f.:/]+)*)$/i,
      "TRUST_PROXY must be false, a number of proxy hops, or comma-separated addresses or CIDRs",
    )
    .optional(),
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).optional(),
  TRUSTED_DOCUMENTS_ONLY: flag("TRUSTED_DOCUMENTS_ONLY").optional(),
};

function readTrustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(",").map((address) => address.trim());
}

type ServerValues = z.infer<z.ZodObject<typeof serverVariables>>;

/** `embeddedEmulator`: whether the development origins are allowed when CORS_ORIGINS does not say. */
export function readServerSettings(values: ServerValues, { embeddedEmulator }: { embeddedEmulator: boolean }): ServerSettings {
  const production = values.NODE_ENV === "production";
  if (values.TRUSTED_DOCUMENTS_ONLY === "true" && values.TRUSTED_DOCUMENTS_FILE === undefined) {
    throw new ConfigError("Invalid configuration — TRUSTED_DOCUMENTS_ONLY: true needs the manifest in TRUSTED_DOCUMENTS_FILE");
  }
  const trustedDocumentsOnly =
    values.TRUSTED_DOCUMENTS_ONLY === undefined
      ? production && values.TRUSTED_DOCUMENTS_FILE !== undefined
      : values.TRUSTED_DOCUMENTS_ONLY === "true";
  return {
    port: values.PORT,
    host: values.HOST,
    emulatorPort: values.EMULATOR_PORT ?? null,
    production,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    logLevel: values.LOG_LEVEL,
    corsOrigins: values.CORS_ORIGINS ?? (embeddedEmulator && !production ? DEVELOPMENT_ORIGINS : []),
    trustProxy: readTrustProxy(values.TRUST_PROXY),
    trustedDocumentsFile: values.TRUSTED_DOCUMENTS_FILE ?? null,
    trustedDocumentsOnly,
  };
}
