import { loadConfig, type Config } from "../src/config/load-config";

/** The one SDK client configuration both arms use, so only the gateway's own work differs. */
export const benchClientSettings = {
  region: "us-east-1",
  retryMode: "standard" as const,
  maxAttempts: 3,
  timeoutMs: 30_000,
  connectTimeoutMs: 5_000,
  maxSockets: 64,
};

export const BENCH_MODEL = "anthropic.claude-3-haiku-20240307-v1:0";
export const BENCH_PROMPT = "Name three alpine lakes";

/**
 * The gateway's settings in the bench, as an operator would set them: production, anonymous
 * callers, the bench's emulator, and the SDK client settings the baseline uses too.
 */
export function benchGatewayConfig(endpoint: string, environment: Record<string, string> = {}): Config {
  const config = loadConfig({
    NODE_ENV: "production",
    BEDROCK_ENDPOINT: endpoint,
    AUTH_ANONYMOUS: "true",
    PORT: "0",
    HOST: "127.0.0.1",
    SHUTDOWN_GRACE_MS: "1000",
    ...environment,
  });
  return { ...config, bedrock: { ...config.bedrock, ...benchClientSettings } };
}
