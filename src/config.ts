import { z } from "zod";

/**
 * Where the gateway sends Bedrock calls:
 * - `emulator`: starts the embedded local emulator (default; no AWS account needed);
 * - `endpoint`: a Bedrock-compatible endpoint at `BEDROCK_ENDPOINT` (another emulator, a proxy);
 * - `aws`: real Bedrock Runtime in `AWS_REGION`, credentials from the SDK's default chain.
 */
export type BedrockMode = "emulator" | "endpoint" | "aws";

export interface BedrockSettings {
  mode: BedrockMode;
  /** Endpoint URL for `endpoint` mode. Env: BEDROCK_ENDPOINT. */
  endpoint: string | null;
  /** AWS region; required with BEDROCK_MODE=aws, `us-east-1` otherwise. Env: AWS_REGION. */
  region: string;
  /**
   * Whether to sign with the SDK's default credential chain (true) or with fixed placeholder
   * credentials (false). Placeholders let SigV4 signing work against an emulator on a machine
   * without AWS credentials. True in `aws` mode, and in `endpoint` mode when AWS credentials
   * are configured (AWS_ACCESS_KEY_ID or AWS_PROFILE).
   */
  useDefaultCredentials: boolean;
  /** SDK retry mode. Env: BEDROCK_RETRY_MODE (`standard` | `adaptive`), default `standard`. */
  retryMode: "standard" | "adaptive";
  /** Total attempts per call including the first, 1–10. Env: BEDROCK_MAX_ATTEMPTS, default 3. */
  maxAttempts: number;
  /**
   * Deadline for one invocation, all attempts included, in milliseconds; the call is aborted
   * when it passes. Env: BEDROCK_TIMEOUT_MS, default 120000. AWS suggests long read timeouts
   * for large outputs; raise it for long generations.
   */
  timeoutMs: number;
  /** TCP connect timeout in milliseconds. Env: BEDROCK_CONNECT_TIMEOUT_MS, default 5000. */
  connectTimeoutMs: number;
  /** Most sockets kept open to Bedrock at once. Env: BEDROCK_MAX_SOCKETS, default 64. */
  maxSockets: number;
  /**
   * Cross-Region failover: Regions to try, in order, when a call fails with Throttling,
   * ModelNotReady or ServiceUnavailable after the SDK's retries; each is tried once. Keyed by
   * model id as called, by base model id, or `*` for every model. Env: BEDROCK_FALLBACK_REGIONS,
   * JSON, e.g. `{"*":["us-west-2"],"anthropic.claude-3-haiku-20240307-v1:0":["us-west-2","us-east-2"]}`.
   * Default none: failover is off.
   */
  fallbackRegions?: Record<string, string[]>;
  /**
   * Endpoint URL per Region, for fallback Regions reached through an emulator or proxy.
   * Env: BEDROCK_REGION_ENDPOINTS, JSON, e.g. `{"us-west-2":"http://localhost:4011"}`. Default
   * none: a fallback Region uses BEDROCK_ENDPOINT in endpoint mode, else AWS's own endpoint.
   */
  regionEndpoints?: Record<string, string>;
}

export interface Config {
  /** HTTP port for GraphQL. Env: PORT, default 4000. */
  port: number;
  /** Interface to listen on. Env: HOST, default `localhost`. */
  host: string;
  /** Port of the emulator: the standalone one (`npm run emulator`), and the embedded one if set (else random). Env: EMULATOR_PORT, default 4010 standalone. */
  emulatorPort: number | null;
  /** `production` turns off the landing page and introspection. Env: NODE_ENV. */
  production: boolean;
  /**
   * On SIGTERM/SIGINT, how long in-flight requests may take to finish before their connections
   * are closed anyway, in milliseconds. Env: SHUTDOWN_GRACE_MS, default 10000.
   */
  shutdownGraceMs: number;
  /** pino log level. Env: LOG_LEVEL, default `info`. */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  bedrock: BedrockSettings;
  /**
   * A JSON model catalog (the shape of src/models/catalog/model-catalog.json) whose entries
   * replace the built-in ones by modelId, to update prices and limits without a release.
   * Env: MODEL_CATALOG_FILE, default none (the built-in catalog).
   */
  modelCatalogFile: string | null;
}

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0–65535`)
    .max(65535, `${name} must be 0–65535`);

const positiveInt = (name: string, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .max(max, `${name} must be at most ${max}`);

const REGION = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, "Regions must look like us-east-1");

/** A JSON-valued variable, parsed and then checked against `shape`. */
const jsonSetting = <T extends z.ZodType>(name: string, shape: T) =>
  z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: `${name} must be JSON` });
        return z.NEVER;
      }
    })
    .pipe(shape);

const environmentSchema = z.object({
  PORT: port("PORT").default(4000),
  HOST: z.string().min(1).default("localhost"),
  EMULATOR_PORT: port("EMULATOR_PORT").optional(),
  NODE_ENV: z.string().optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number({ error: "SHUTDOWN_GRACE_MS must be a number" }).int().min(0).max(600_000).default(10_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  BEDROCK_MODE: z.enum(["emulator", "endpoint", "aws"]).optional(),
  BEDROCK_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "BEDROCK_ENDPOINT must be an http:// or https:// URL" })
    .optional(),
  AWS_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, "AWS_REGION must look like us-east-1")
    .optional(),
  AWS_ACCESS_KEY_ID: z.string().optional(),
  AWS_PROFILE: z.string().optional(),
  BEDROCK_RETRY_MODE: z.enum(["standard", "adaptive"]).default("standard"),
  BEDROCK_MAX_ATTEMPTS: positiveInt("BEDROCK_MAX_ATTEMPTS", 10).default(3),
  BEDROCK_TIMEOUT_MS: positiveInt("BEDROCK_TIMEOUT_MS", 3_600_000).default(120_000),
  BEDROCK_CONNECT_TIMEOUT_MS: positiveInt("BEDROCK_CONNECT_TIMEOUT_MS", 600_000).default(5_000),
  BEDROCK_MAX_SOCKETS: positiveInt("BEDROCK_MAX_SOCKETS", 10_000).default(64),
  MODEL_CATALOG_FILE: z.string().optional(),
  BEDROCK_FALLBACK_REGIONS: jsonSetting("BEDROCK_FALLBACK_REGIONS", z.record(z.string(), z.array(REGION))).optional(),
  BEDROCK_REGION_ENDPOINTS: jsonSetting(
    "BEDROCK_REGION_ENDPOINTS",
    z.record(REGION, z.url({ protocol: /^https?$/, error: "BEDROCK_REGION_ENDPOINTS values must be http:// or https:// URLs" })),
  ).optional(),
});

/** A setting that is missing or malformed; its message names the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates every setting once; the only reader of the environment is main.ts. */
export function loadConfig(environment: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration — ${problems.join("; ")}`);
  }
  const settings = parsed.data;
  const mode: BedrockMode = settings.BEDROCK_MODE ?? (settings.BEDROCK_ENDPOINT ? "endpoint" : "emulator");
  if (mode === "endpoint" && !settings.BEDROCK_ENDPOINT) {
    throw new ConfigError("Invalid configuration — BEDROCK_ENDPOINT: required when BEDROCK_MODE=endpoint");
  }
  if (mode === "aws" && !settings.AWS_REGION) {
    throw new ConfigError("Invalid configuration — AWS_REGION: required when BEDROCK_MODE=aws");
  }
  if (mode !== "endpoint" && settings.BEDROCK_ENDPOINT) {
    throw new ConfigError(`Invalid configuration — BEDROCK_ENDPOINT: cannot be combined with BEDROCK_MODE=${mode}`);
  }
  return {
    port: settings.PORT,
    host: settings.HOST,
    emulatorPort: settings.EMULATOR_PORT ?? null,
    production: settings.NODE_ENV === "production",
    shutdownGraceMs: settings.SHUTDOWN_GRACE_MS,
    logLevel: settings.LOG_LEVEL,
    bedrock: {
      mode,
      endpoint: settings.BEDROCK_ENDPOINT ?? null,
      region: settings.AWS_REGION ?? "us-east-1",
      useDefaultCredentials:
        mode === "aws" || (mode === "endpoint" && Boolean(settings.AWS_ACCESS_KEY_ID || settings.AWS_PROFILE)),
      retryMode: settings.BEDROCK_RETRY_MODE,
      maxAttempts: settings.BEDROCK_MAX_ATTEMPTS,
      timeoutMs: settings.BEDROCK_TIMEOUT_MS,
      connectTimeoutMs: settings.BEDROCK_CONNECT_TIMEOUT_MS,
      maxSockets: settings.BEDROCK_MAX_SOCKETS,
      fallbackRegions: settings.BEDROCK_FALLBACK_REGIONS ?? {},
      regionEndpoints: settings.BEDROCK_REGION_ENDPOINTS ?? {},
    },
    modelCatalogFile: settings.MODEL_CATALOG_FILE ?? null,
  };
}
