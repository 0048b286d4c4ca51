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

/** How the service layer spends as few upstream calls as the models allow. */
export interface BatchingSettings {
  /** Most invocations one `invokeModels` list may carry; a longer list is refused whole. Env: INVOKE_MODELS_MAX_INPUTS, default 500. */
  maxInputsPerOperation: number;
  /**
   * Whether one-text embeddings for models that embed many texts per call (Cohere Embed) are
   * merged into shared calls. Env: EMBEDDING_BATCHING (`true` | `false`), default true.
   */
  mergeEmbeddings: boolean;
  /**
   * How long, in milliseconds, merged embeddings wait for concurrent operations' texts before
   * their calls go out; each such embedding takes up to this much longer. 0 still merges the
   * texts of one operation. Env: EMBEDDING_BATCH_WINDOW_MS, 0–1000, default 5.
   */
  embeddingWindowMs: number;
  /** Most InvokeModel calls in flight to one model id at once; more wait their turn. Env: MODEL_CONCURRENCY_LIMIT, default 32. */
  modelConcurrency: number;
  /**
   * Bytes of vectors the in-memory embedding cache holds (8 per number), least recently used
   * dropped first; 0 turns the cache off. Env: EMBEDDING_CACHE_MAX_BYTES, default 67108864 (64 MiB).
   */
  embeddingCacheBytes: number;
  /**
   * With REDIS_URL set, embedding vectors are also shared by every replica through Redis, for
   * this many seconds. Env: EMBEDDING_CACHE_TTL_SECONDS, default 604800 (7 days).
   */
  embeddingCacheTtlSeconds: number;
}

export const DEFAULT_BATCHING_SETTINGS: BatchingSettings = {
  maxInputsPerOperation: 500,
  mergeEmbeddings: true,
  embeddingWindowMs: 5,
  modelConcurrency: 32,
  embeddingCacheBytes: 64 * 1024 * 1024,
  embeddingCacheTtlSeconds: 7 * 24 * 60 * 60,
};
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
   * Whether a request without credentials runs as the principal `anonymous`. Env: AUTH_ANONYMOUS
   * (`true` | `false`); default true with the embedded emulator outside production, false with
   * `endpoint`, `aws`, and whenever NODE_ENV=production.
   */
  allowAnonymous: boolean;
  /** Access policy (YAML or JSON), validated at start. Env: POLICY_FILE; without one every caller may use every model, unlimited. */
  policyFile: string | null;
}

export interface StoreSettings {
  /** Redis shared by every replica for limits; null keeps counters in this process. Env: REDIS_URL (redis:// or rediss://). */
  redisUrl: string | null;
  /** With Redis unreachable: `open` admits calls unlimited, `closed` refuses them. Env: STORE_FAILURE, default `open`. */
  failureMode: "open" | "closed";
}

/** Bounds on what one request may ask for; each refused with a clear error before any upstream call. */
export interface OperationLimits {
  /** Deepest field nesting in an operation (fragments followed). Env: MAX_QUERY_DEPTH, default 10. */
  maxDepth: number;
  /** Most aliased fields in an operation; aliases are how one request fans out into many calls. Env: MAX_ALIASES, default 10. */
  maxAliases: number;
  /** Most lexical tokens in an operation's text; parsing stops past it. Env: MAX_QUERY_TOKENS, default 2000. */
  maxTokens: number;
  /** Most directives in an operation. Env: MAX_DIRECTIVES, default 20. */
  maxDirectives: number;
  /** Largest HTTP request body and WebSocket message, in bytes. Env: MAX_BODY_BYTES, default 1048576 (1 MiB). */
  maxBodyBytes: number;
  /** Longest prompt, system text, message, or embedding text, in characters. Env: MAX_PROMPT_CHARS, default 200000. */
  maxPromptChars: number;
  /** Most entries in any input list (messages, stop sequences). Env: MAX_LIST_LENGTH, default 100. */
  maxListLength: number;
}

/** The per-model circuit breaker in front of Bedrock. */
export interface BreakerSettings {
  /** Consecutive ServiceUnavailable/InternalServer failures of one model that open its breaker. Env: BREAKER_FAILURE_THRESHOLD, default 5. */
  failureThreshold: number;
  /** How long an open breaker answers at once before letting one probe through, in milliseconds. Env: BREAKER_COOLDOWN_MS, default 10000. */
  cooldownMs: number;
}

/** OpenTelemetry tracing, exported over OTLP/HTTP (JSON); off unless an endpoint is set. */
export interface TracingSettings {
  /**
   * Where spans are POSTed. Env: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (the full URL), or
   * OTEL_EXPORTER_OTLP_ENDPOINT (a base URL; `/v1/traces` is appended), as OpenTelemetry names them.
   */
  endpoint: string;
  /** Extra request headers for the collector (often an API key). Env: OTEL_EXPORTER_OTLP_HEADERS, `name=value,name=value`. */
  headers: Record<string, string>;
  /** The `service.name` of every span. Env: OTEL_SERVICE_NAME, default `bedrock-graphql-gateway`. */
  serviceName: string;
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
  batching: BatchingSettings;
  auth: AuthSettings;
  store: StoreSettings;
  limits: OperationLimits;
  breaker: BreakerSettings;
  /**
   * A JSON model catalog (the shape of src/models/catalog/model-catalog.json) whose entries
   * replace the built-in ones by modelId, to update prices and limits without a release.
   * Env: MODEL_CATALOG_FILE, default none (the built-in catalog).
   */
  modelCatalogFile: string | null;
  /** Null: no tracing. */
  tracing: TracingSettings | null;
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

/** Limits used when none are configured (tests and embedders start from these). */
export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 10,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxBodyBytes: 1024 * 1024,
  maxPromptChars: 200_000,
  maxListLength: 100,
};
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

/** OTEL_EXPORTER_OTLP_HEADERS values are percent-encoded; null when one is malformed. */
function percentDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const environmentSchema = z.object({
  PORT: port("PORT").default(4000),
  HOST: z.string().min(1).default("localhost"),
  EMULATOR_PORT: port("EMULATOR_PORT").optional(),
  NODE_ENV: z.string().optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number({ error: "SHUTDOWN_GRACE_MS must be a number" }).int().min(0).max(600_000).default(10_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  BEDROCK_MODE: z.enum(["emulator", "endpoint", "aws"]).optional(),
  BEDROCK_ENDPOINT: z.url({ protocol: /^https?$/, error: "BEDROCK_ENDPOINT must be an http:// or https:// URL" }).optional(),
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
  INVOKE_MODELS_MAX_INPUTS: positiveInt("INVOKE_MODELS_MAX_INPUTS", 100_000).default(DEFAULT_BATCHING_SETTINGS.maxInputsPerOperation),
  EMBEDDING_BATCHING: z
    .enum(["true", "false"], { error: "EMBEDDING_BATCHING must be true or false" })
    .default("true")
    .transform((value) => value === "true"),
  EMBEDDING_BATCH_WINDOW_MS: z.coerce
    .number({ error: "EMBEDDING_BATCH_WINDOW_MS must be a number" })
    .int("EMBEDDING_BATCH_WINDOW_MS must be a whole number")
    .min(0, "EMBEDDING_BATCH_WINDOW_MS must be 0–1000")
    .max(1000, "EMBEDDING_BATCH_WINDOW_MS must be 0–1000")
    .default(DEFAULT_BATCHING_SETTINGS.embeddingWindowMs),
  MODEL_CONCURRENCY_LIMIT: positiveInt("MODEL_CONCURRENCY_LIMIT", 10_000).default(DEFAULT_BATCHING_SETTINGS.modelConcurrency),
  EMBEDDING_CACHE_MAX_BYTES: z.coerce
    .number({ error: "EMBEDDING_CACHE_MAX_BYTES must be a number" })
    .int("EMBEDDING_CACHE_MAX_BYTES must be a whole number")
    .min(0, "EMBEDDING_CACHE_MAX_BYTES must not be negative")
    .default(DEFAULT_BATCHING_SETTINGS.embeddingCacheBytes),
  EMBEDDING_CACHE_TTL_SECONDS: positiveInt("EMBEDDING_CACHE_TTL_SECONDS", 365 * 24 * 60 * 60).default(
    DEFAULT_BATCHING_SETTINGS.embeddingCacheTtlSeconds,
  ),
  // Messages never repeat a value: AUTH_JWT_SECRET must not reach a log through a config error.
  AUTH_JWT_SECRET: z.string().min(32, "AUTH_JWT_SECRET must be at least 32 characters (256 bits for HS256)").optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^(https?|file)$/, error: "AUTH_JWKS_URL must be an http://, https:// or file:// URL" }).optional(),
  AUTH_ISSUER: z.string().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_ANONYMOUS: z.enum(["true", "false"], { error: "AUTH_ANONYMOUS must be true or false" }).optional(),
  POLICY_FILE: z.string().optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "REDIS_URL must be a redis:// or rediss:// URL" }).optional(),
  STORE_FAILURE: z.enum(["open", "closed"], { error: "STORE_FAILURE must be open or closed" }).default("open"),
  MAX_QUERY_DEPTH: positiveInt("MAX_QUERY_DEPTH", 100).default(DEFAULT_LIMITS.maxDepth),
  MAX_ALIASES: positiveInt("MAX_ALIASES", 1_000).default(DEFAULT_LIMITS.maxAliases),
  MAX_QUERY_TOKENS: positiveInt("MAX_QUERY_TOKENS", 1_000_000).default(DEFAULT_LIMITS.maxTokens),
  MAX_DIRECTIVES: positiveInt("MAX_DIRECTIVES", 1_000).default(DEFAULT_LIMITS.maxDirectives),
  MAX_BODY_BYTES: positiveInt("MAX_BODY_BYTES", 100 * 1024 * 1024).default(DEFAULT_LIMITS.maxBodyBytes),
  MAX_PROMPT_CHARS: positiveInt("MAX_PROMPT_CHARS", 10_000_000).default(DEFAULT_LIMITS.maxPromptChars),
  MAX_LIST_LENGTH: positiveInt("MAX_LIST_LENGTH", 100_000).default(DEFAULT_LIMITS.maxListLength),
  BREAKER_FAILURE_THRESHOLD: positiveInt("BREAKER_FAILURE_THRESHOLD", 1_000).default(5),
  BREAKER_COOLDOWN_MS: positiveInt("BREAKER_COOLDOWN_MS", 3_600_000).default(10_000),
  MODEL_CATALOG_FILE: z.string().optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/, error: "OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL" }).optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http:// or https:// URL" })
    .optional(),
  // The message never repeats the value: collector headers usually carry a key.
  OTEL_EXPORTER_OTLP_HEADERS: z
    .string()
    .transform((text, context) => {
      const headers: Record<string, string> = {};
      for (const pair of text.split(",")) {
        const at = pair.indexOf("=");
        const name = pair.slice(0, at).trim();
        const value = at > 0 && name !== "" ? percentDecoded(pair.slice(at + 1).trim()) : null;
        if (value === null) {
          context.addIssue({ code: "custom", message: "OTEL_EXPORTER_OTLP_HEADERS must be name=value pairs separated by commas" });
          return z.NEVER;
        }
        headers[name] = value;
      }
      return headers;
    })
    .optional(),
  OTEL_SERVICE_NAME: z.string().default("bedrock-graphql-gateway"),
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
  const production = settings.NODE_ENV === "production";
  const mode: BedrockMode = settings.BEDROCK_MODE ?? (settings.BEDROCK_ENDPOINT ? "endpoint" : "emulator");
  // A production deployment that forgot its Bedrock settings must not answer with synthetic text.
  if (production && mode === "emulator" && settings.BEDROCK_MODE === undefined) {
    throw new ConfigError(
      "Invalid configuration — BEDROCK_MODE: NODE_ENV=production needs BEDROCK_MODE set explicitly " +
        "(aws, or endpoint with BEDROCK_ENDPOINT; emulator to serve synthetic answers from the embedded emulator)",
    );
  }
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
    production,
    shutdownGraceMs: settings.SHUTDOWN_GRACE_MS,
    logLevel: settings.LOG_LEVEL,
    bedrock: {
      mode,
      endpoint: settings.BEDROCK_ENDPOINT ?? null,
      region: settings.AWS_REGION ?? "us-east-1",
      useDefaultCredentials: mode === "aws" || (mode === "endpoint" && Boolean(settings.AWS_ACCESS_KEY_ID || settings.AWS_PROFILE)),
      retryMode: settings.BEDROCK_RETRY_MODE,
      maxAttempts: settings.BEDROCK_MAX_ATTEMPTS,
      timeoutMs: settings.BEDROCK_TIMEOUT_MS,
      connectTimeoutMs: settings.BEDROCK_CONNECT_TIMEOUT_MS,
      maxSockets: settings.BEDROCK_MAX_SOCKETS,
      fallbackRegions: settings.BEDROCK_FALLBACK_REGIONS ?? {},
      regionEndpoints: settings.BEDROCK_REGION_ENDPOINTS ?? {},
    },
    batching: {
      maxInputsPerOperation: settings.INVOKE_MODELS_MAX_INPUTS,
      mergeEmbeddings: settings.EMBEDDING_BATCHING,
      embeddingWindowMs: settings.EMBEDDING_BATCH_WINDOW_MS,
      modelConcurrency: settings.MODEL_CONCURRENCY_LIMIT,
      embeddingCacheBytes: settings.EMBEDDING_CACHE_MAX_BYTES,
      embeddingCacheTtlSeconds: settings.EMBEDDING_CACHE_TTL_SECONDS,
    },
    auth: {
      jwtSecret: settings.AUTH_JWT_SECRET ?? null,
      jwksUrl: settings.AUTH_JWKS_URL ?? null,
      issuer: settings.AUTH_ISSUER ?? null,
      audience: settings.AUTH_AUDIENCE ?? null,
      allowAnonymous: settings.AUTH_ANONYMOUS === undefined ? mode === "emulator" && !production : settings.AUTH_ANONYMOUS === "true",
      policyFile: settings.POLICY_FILE ?? null,
    },
    store: { redisUrl: settings.REDIS_URL ?? null, failureMode: settings.STORE_FAILURE },
    limits: {
      maxDepth: settings.MAX_QUERY_DEPTH,
      maxAliases: settings.MAX_ALIASES,
      maxTokens: settings.MAX_QUERY_TOKENS,
      maxDirectives: settings.MAX_DIRECTIVES,
      maxBodyBytes: settings.MAX_BODY_BYTES,
      maxPromptChars: settings.MAX_PROMPT_CHARS,
      maxListLength: settings.MAX_LIST_LENGTH,
    },
    breaker: { failureThreshold: settings.BREAKER_FAILURE_THRESHOLD, cooldownMs: settings.BREAKER_COOLDOWN_MS },
    modelCatalogFile: settings.MODEL_CATALOG_FILE ?? null,
    tracing: tracingSettings(settings),
  };
}

function tracingSettings(settings: z.infer<typeof environmentSchema>): TracingSettings | null {
  const base = settings.OTEL_EXPORTER_OTLP_ENDPOINT;
  const endpoint = settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base.replace(/\/+$/, "")}/v1/traces` : null);
  if (endpoint === null) return null;
  return { endpoint, headers: settings.OTEL_EXPORTER_OTLP_HEADERS ?? {}, serviceName: settings.OTEL_SERVICE_NAME };
}
