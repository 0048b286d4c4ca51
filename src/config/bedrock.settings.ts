import { z } from "zod";
import { ConfigError } from "./config-error";
import { jsonSetting, positiveInt, REGION } from "./setting-schemas";

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
  fallbackRegions: Record<string, string[]>;
  /**
   * Endpoint URL per Region, for fallback Regions reached through an emulator or proxy.
   * Env: BEDROCK_REGION_ENDPOINTS, JSON, e.g. `{"us-west-2":"http://localhost:4011"}`. Default
   * none: a fallback Region uses BEDROCK_ENDPOINT in endpoint mode, else AWS's own endpoint.
   */
  regionEndpoints: Record<string, string>;
}

export const bedrockVariables = {
  BEDROCK_MODE: z.enum(["emulator", "endpoint", "aws"]).optional(),
  BEDROCK_ENDPOINT: z.url({ protocol: /^https?$/, error: "BEDROCK_ENDPOINT must be an http:// or https:// URL" }).optional(),
  AWS_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, "AWS_REGION must look like us-east-1")
    .optional(),
  // Read only to tell whether AWS credentials are configured; the SDK reads them itself.
  AWS_ACCESS_KEY_ID: z.string().optional(),
  AWS_PROFILE: z.string().optional(),
  BEDROCK_RETRY_MODE: z.enum(["standard", "adaptive"]).default("standard"),
  BEDROCK_MAX_ATTEMPTS: positiveInt("BEDROCK_MAX_ATTEMPTS", 10).default(3),
  BEDROCK_TIMEOUT_MS: positiveInt("BEDROCK_TIMEOUT_MS", 3_600_000).default(120_000),
  BEDROCK_CONNECT_TIMEOUT_MS: positiveInt("BEDROCK_CONNECT_TIMEOUT_MS", 600_000).default(5_000),
  BEDROCK_MAX_SOCKETS: positiveInt("BEDROCK_MAX_SOCKETS", 10_000).default(64),
  BEDROCK_FALLBACK_REGIONS: jsonSetting("BEDROCK_FALLBACK_REGIONS", z.record(z.string(), z.array(REGION))).optional(),
  BEDROCK_REGION_ENDPOINTS: jsonSetting(
    "BEDROCK_REGION_ENDPOINTS",
    z.record(REGION, z.url({ protocol: /^https?$/, error: "BEDROCK_REGION_ENDPOINTS values must be http:// or https:// URLs" })),
  ).optional(),
};

type BedrockValues = z.infer<z.ZodObject<typeof bedrockVariables>>;

export function readBedrockSettings(values: BedrockValues, { production }: { production: boolean }): BedrockSettings {
  const mode: BedrockMode = values.BEDROCK_MODE ?? (values.BEDROCK_ENDPOINT ? "endpoint" : "emulator");
  // A production deployment that forgot its Bedrock settings must not answer with synthetic text.
  if (production && values.BEDROCK_MODE === undefined && mode === "emulator") {
    throw new ConfigError(
      "Invalid configuration — BEDROCK_MODE: NODE_ENV=production needs BEDROCK_MODE set explicitly " +
        "(aws, or endpoint with BEDROCK_ENDPOINT; emulator to serve synthetic answers from the embedded emulator)",
    );
  }
  if (mode === "endpoint" && !values.BEDROCK_ENDPOINT) {
    throw new ConfigError("Invalid configuration — BEDROCK_ENDPOINT: required when BEDROCK_MODE=endpoint");
  }
  if (mode === "aws" && !values.AWS_REGION) {
    throw new ConfigError("Invalid configuration — AWS_REGION: required when BEDROCK_MODE=aws");
  }
  if (mode !== "endpoint" && values.BEDROCK_ENDPOINT) {
    throw new ConfigError(`Invalid configuration — BEDROCK_ENDPOINT: cannot be combined with BEDROCK_MODE=${mode}`);
  }
  return {
    mode,
    endpoint: values.BEDROCK_ENDPOINT ?? null,
    region: values.AWS_REGION ?? "us-east-1",
    useDefaultCredentials: mode === "aws" || (mode === "endpoint" && Boolean(values.AWS_ACCESS_KEY_ID || values.AWS_PROFILE)),
    retryMode: values.BEDROCK_RETRY_MODE,
    maxAttempts: values.BEDROCK_MAX_ATTEMPTS,
    timeoutMs: values.BEDROCK_TIMEOUT_MS,
    connectTimeoutMs: values.BEDROCK_CONNECT_TIMEOUT_MS,
    maxSockets: values.BEDROCK_MAX_SOCKETS,
    fallbackRegions: values.BEDROCK_FALLBACK_REGIONS ?? {},
    regionEndpoints: values.BEDROCK_REGION_ENDPOINTS ?? {},
  };
}
