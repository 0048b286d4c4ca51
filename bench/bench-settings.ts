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
