import { createBedrockInvokerPool } from "../../../src/bedrock/bedrock-invoker-pool";

describe("the per-tenant SDK client pool", () => {
  it("makes one client per region and endpoint and reuses it", () => {
    const pool = createBedrockInvokerPool({
      region: "us-east-1",
      endpoint: "http://127.0.0.1:1",
      credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
      retryMode: "standard",
      maxAttempts: 1,
      timeoutMs: 1000,
      connectTimeoutMs: 1000,
      maxSockets: 1,
    });
    try {
      const gateways = pool.invokerFor(null);
      expect(pool.invokerFor({})).toBe(gateways);
      const acme = pool.invokerFor({ region: "eu-west-1" });
      expect(acme).not.toBe(gateways);
      expect(pool.invokerFor({ region: "eu-west-1" })).toBe(acme);
      expect(pool.invokerFor({ region: "eu-west-1", endpoint: "http://127.0.0.1:2" })).not.toBe(acme);
      expect(pool.size()).toBe(3);
    } finally {
      pool.destroy();
    }
  });
});
