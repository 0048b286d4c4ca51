import { ConfigError } from "../../src/config/config-error";
import { loadConfig } from "../../src/config/load-config";

describe("loadConfig", () => {
  it("defaults to the embedded emulator on port 4000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.bedrock).toMatchObject({ mode: "emulator", region: "us-east-1", useDefaultCredentials: false, maxAttempts: 3 });
    expect(config.production).toBe(false);
  });

  it("reads the batching settings, with merging and the cache on by default", () => {
    expect(loadConfig({}).batching).toEqual({
      maxInputsPerOperation: 500,
      mergeEmbeddings: true,
      embeddingWindowMs: 5,
      modelConcurrency: 32,
      embeddingCacheBytes: 64 * 1024 * 1024,
      embeddingCacheTtlSeconds: 7 * 24 * 60 * 60,
    });
    const tuned = loadConfig({
      EMBEDDING_BATCHING: "false",
      EMBEDDING_BATCH_WINDOW_MS: "0",
      EMBEDDING_CACHE_MAX_BYTES: "0",
      EMBEDDING_CACHE_TTL_SECONDS: "60",
    });
    expect(tuned.batching).toMatchObject({ mergeEmbeddings: false, embeddingWindowMs: 0, embeddingCacheBytes: 0, embeddingCacheTtlSeconds: 60 });
    expect(() => loadConfig({ EMBEDDING_CACHE_TTL_SECONDS: "0" })).toThrow("EMBEDDING_CACHE_TTL_SECONDS");
  });

  it("talks to BEDROCK_ENDPOINT when it is set", () => {
    const config = loadConfig({ BEDROCK_ENDPOINT: "http://127.0.0.1:4010" });
    expect(config.bedrock).toMatchObject({ mode: "endpoint", endpoint: "http://127.0.0.1:4010", useDefaultCredentials: false });
  });

  it("uses real Bedrock with BEDROCK_MODE=aws and the SDK's credential chain", () => {
    const config = loadConfig({ BEDROCK_MODE: "aws", AWS_REGION: "eu-central-1" });
    expect(config.bedrock).toMatchObject({ mode: "aws", region: "eu-central-1", useDefaultCredentials: true, endpoint: null });
  });

  it.each([
    [{ BEDROCK_MODE: "aws" }, "AWS_REGION"],
    [{ BEDROCK_MODE: "endpoint" }, "BEDROCK_ENDPOINT"],
    [{ BEDROCK_MODE: "cloud" }, "BEDROCK_MODE"],
    [{ BEDROCK_ENDPOINT: "not a url" }, "BEDROCK_ENDPOINT"],
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ BEDROCK_MAX_ATTEMPTS: "0" }, "BEDROCK_MAX_ATTEMPTS"],
    [{ AWS_REGION: "mars" }, "AWS_REGION"],
    [{ BEDROCK_MODE: "emulator", BEDROCK_ENDPOINT: "http://127.0.0.1:1" }, "BEDROCK_ENDPOINT"],
    [{ EMBEDDING_BATCHING: "yes" }, "EMBEDDING_BATCHING"],
    [{ EMBEDDING_BATCH_WINDOW_MS: "5000" }, "EMBEDDING_BATCH_WINDOW_MS"],
    [{ MODEL_CONCURRENCY_LIMIT: "0" }, "MODEL_CONCURRENCY_LIMIT"],
    [{ INVOKE_MODELS_MAX_INPUTS: "-1" }, "INVOKE_MODELS_MAX_INPUTS"],
    [{ EMBEDDING_CACHE_MAX_BYTES: "lots" }, "EMBEDDING_CACHE_MAX_BYTES"],
  ])("refuses %j, naming %s", (environment, name) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(name);
  });
});

describe("authentication and store settings", () => {
  it("allows anonymous callers by default with the embedded emulator only", () => {
    expect(loadConfig({}).auth.allowAnonymous).toBe(true);
    expect(loadConfig({ BEDROCK_ENDPOINT: "http://127.0.0.1:4010" }).auth.allowAnonymous).toBe(false);
    expect(loadConfig({ BEDROCK_MODE: "aws", AWS_REGION: "us-east-1" }).auth.allowAnonymous).toBe(false);
    expect(loadConfig({ AUTH_ANONYMOUS: "false" }).auth.allowAnonymous).toBe(false);
  });

  it("in production, starts on the embedded emulator only when BEDROCK_MODE says so, and never opens anonymous access by default", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow("BEDROCK_MODE");
    const emulator = loadConfig({ NODE_ENV: "production", BEDROCK_MODE: "emulator" });
    expect(emulator).toMatchObject({ production: true, bedrock: { mode: "emulator" }, auth: { allowAnonymous: false } });
    expect(loadConfig({ NODE_ENV: "production", BEDROCK_MODE: "emulator", AUTH_ANONYMOUS: "true" }).auth.allowAnonymous).toBe(true);
    expect(loadConfig({ NODE_ENV: "production", BEDROCK_ENDPOINT: "http://127.0.0.1:4010" }).bedrock.mode).toBe("endpoint");
  });

  it("allows local development origins on the embedded emulator only, and reads CORS_ORIGINS", () => {
    expect(loadConfig({}).corsOrigins).toContain("http://localhost:*");
    expect(loadConfig({ BEDROCK_ENDPOINT: "http://127.0.0.1:4010" }).corsOrigins).toEqual([]);
    expect(loadConfig({ NODE_ENV: "production", BEDROCK_MODE: "emulator" }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: "https://app.example.com, https://*.example.org,http://localhost:*" }).corsOrigins).toEqual([
      "https://app.example.com",
      "https://*.example.org",
      "http://localhost:*",
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: "https://app.example.com/path" })).toThrow("CORS_ORIGINS");
    expect(() => loadConfig({ CORS_ORIGINS: "*" })).toThrow("CORS_ORIGINS");
  });

  it("accepts only trusted documents by default in production with a manifest, and never without one", () => {
    const production = { NODE_ENV: "production", BEDROCK_MODE: "emulator" };
    expect(loadConfig({ ...production, TRUSTED_DOCUMENTS_FILE: "manifest.json" }).trustedDocumentsOnly).toBe(true);
    expect(loadConfig({ ...production, TRUSTED_DOCUMENTS_FILE: "manifest.json", TRUSTED_DOCUMENTS_ONLY: "false" }).trustedDocumentsOnly).toBe(false);
    expect(loadConfig({ TRUSTED_DOCUMENTS_FILE: "manifest.json" }).trustedDocumentsOnly).toBe(false);
    expect(loadConfig(production).trustedDocumentsOnly).toBe(false);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY: "true" })).toThrow("TRUSTED_DOCUMENTS_FILE");
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY: "yes" })).toThrow("TRUSTED_DOCUMENTS_ONLY");
  });

  it("believes no proxy's X-Forwarded-For unless TRUST_PROXY names it", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 127.0.0.1" }).trustProxy).toEqual(["10.0.0.0/8", "127.0.0.1"]);
    expect(() => loadConfig({ TRUST_PROXY: "everyone" })).toThrow("TRUST_PROXY");
  });

  it("keeps counters in memory and fails open unless told otherwise", () => {
    expect(loadConfig({}).store).toEqual({ redisUrl: null, failureMode: "open", readyWaitMs: 2500 });
    expect(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379", STORE_FAILURE: "closed", STORE_READY_WAIT_MS: "100" }).store).toEqual({
      redisUrl: "redis://127.0.0.1:6379",
      failureMode: "closed",
      readyWaitMs: 100,
    });
    expect(() => loadConfig({ STORE_READY_WAIT_MS: "-1" })).toThrow("STORE_READY_WAIT_MS");
  });

  it.each([
    [{ AUTH_JWT_SECRET: "short-secret-value" }, "AUTH_JWT_SECRET must be at least 32 characters"],
    [{ AUTH_ANONYMOUS: "yes" }, "AUTH_ANONYMOUS must be true or false"],
    [{ REDIS_URL: "http://127.0.0.1:6379" }, "REDIS_URL must be a redis://"],
    [{ STORE_FAILURE: "maybe" }, "STORE_FAILURE must be open or closed"],
  ])("refuses %j, naming the setting and never its value", (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(message);
    expect(() => loadConfig(environment)).not.toThrow(Object.values(environment)[0]);
  });
});

describe("loadConfig: catalog file and cross-Region failover", () => {
  it("reads fallback Regions and their endpoints as JSON, and the catalog file path", () => {
    const config = loadConfig({
      MODEL_CATALOG_FILE: "/etc/gateway/catalog.json",
      BEDROCK_FALLBACK_REGIONS: '{"*":["us-west-2"]}',
      BEDROCK_REGION_ENDPOINTS: '{"us-west-2":"http://localhost:4011"}',
    });
    expect(config.modelCatalogFile).toBe("/etc/gateway/catalog.json");
    expect(config.bedrock).toMatchObject({ fallbackRegions: { "*": ["us-west-2"] }, regionEndpoints: { "us-west-2": "http://localhost:4011" } });
    expect(loadConfig({}).bedrock).toMatchObject({ fallbackRegions: {}, regionEndpoints: {} });
  });

  it("names the variable when its JSON is malformed or a Region is not one", () => {
    expect(() => loadConfig({ BEDROCK_FALLBACK_REGIONS: "{us-west-2" })).toThrow(/BEDROCK_FALLBACK_REGIONS must be JSON/);
    expect(() => loadConfig({ BEDROCK_FALLBACK_REGIONS: '{"*":["mars"]}' })).toThrow(ConfigError);
  });
});

describe("loadConfig: tracing", () => {
  it("traces only when an OTLP endpoint is set", () => {
    expect(loadConfig({}).tracing).toBeNull();
  });

  it("appends /v1/traces to OTEL_EXPORTER_OTLP_ENDPOINT, and lets the traces endpoint win", () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" }).tracing).toEqual({
      endpoint: "http://collector:4318/v1/traces",
      headers: {},
      serviceName: "bedrock-graphql-gateway",
      exportDelayMs: 5000,
    });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_BSP_SCHEDULE_DELAY: "50" }).tracing?.exportDelayMs).toBe(50);
    expect(() => loadConfig({ OTEL_BSP_SCHEDULE_DELAY: "soon" })).toThrow("OTEL_BSP_SCHEDULE_DELAY");
    const both = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "https://traces.example.com/otlp/v1/traces",
      OTEL_SERVICE_NAME: "edge-gateway",
    });
    expect(both.tracing).toMatchObject({ endpoint: "https://traces.example.com/otlp/v1/traces", serviceName: "edge-gateway" });
  });

  it("reads collector headers as percent-encoded name=value pairs", () => {
    const config = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
      OTEL_EXPORTER_OTLP_HEADERS: "x-api-key=abc%3D%3D, tenant = blue",
    });
    expect(config.tracing?.headers).toEqual({ "x-api-key": "abc==", tenant: "blue" });
  });

  it("refuses malformed tracing settings without repeating a header value", () => {
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT must be an http/);
    for (const headers of ["justakey", "=value-only", "x-api-key=%E0%A4%A"]) {
      const attempt = () => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_EXPORTER_OTLP_HEADERS: headers });
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(/OTEL_EXPORTER_OTLP_HEADERS must be name=value pairs/);
      try {
        attempt();
      } catch (error) {
        expect((error as Error).message).not.toContain(headers);
      }
    }
  });
});
