import { ConfigError, loadConfig } from "../../src/config";

describe("loadConfig", () => {
  it("defaults to the embedded emulator on port 4000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.bedrock).toMatchObject({ mode: "emulator", region: "us-east-1", useDefaultCredentials: false, maxAttempts: 3 });
    expect(config.production).toBe(false);
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
  ])("refuses %j, naming %s", (environment, name) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(name);
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
