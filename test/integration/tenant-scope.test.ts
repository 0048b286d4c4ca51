import { hashApiKey } from "../../src/auth/authenticator";
import { startEmulator, type RunningEmulator } from "../../src/emulator/emulator-server";
import { clearEmulator, fetchCalls } from "../helpers/emulator-harness";
import { policyAuth } from "../helpers/policy-auth";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const INVOKE = `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`;

describe("each tenant's calls go through its own Bedrock settings", () => {
  let harness: GatewayHarness;
  let tenantEmulator: RunningEmulator;
  beforeAll(async () => {
    tenantEmulator = await startEmulator({ port: 0, host: "127.0.0.1" });
    const auth = policyAuth({
      version: 1,
      everyone: { statements: [{ effect: "allow", models: ["*"] }] },
      tenants: { acme: { region: "eu-west-1", endpoint: tenantEmulator.url } },
      principals: { "acme-app": { apiKeys: [hashApiKey("acme-key-1")], tenant: "acme" }, "other-app": { apiKeys: [hashApiKey("other-key-1")] } },
    });
    harness = await startGatewayHarness({ maxAttempts: 1 }, { auth });
  });
  afterAll(async () => {
    await harness.close();
    await tenantEmulator.close();
  });

  it("sends a tenant's calls to its endpoint and everyone else's to the gateway's, interleaved", async () => {
    const callers = ["acme-key-1", "other-key-1", "acme-key-1", "other-key-1"];
    const answers = await Promise.all(callers.map((key) => harness.graphql(INVOKE, {}, { "x-api-key": key })));
    expect(answers.map((answer) => answer.data!.invokeModel.__typename)).toEqual(["TextResult", "TextResult", "TextResult", "TextResult"]);
    expect(await fetchCalls(tenantEmulator.url)).toHaveLength(2);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(2);
    await clearEmulator(tenantEmulator.url);
  });

  it("shows the tenant's name to its caller, never its endpoint", async () => {
    const response = await harness.graphql(`{ me { id tenant } }`, {}, { "x-api-key": "acme-key-1" });
    expect(response.data!.me).toEqual({ id: "acme-app", tenant: "acme" });
    expect(JSON.stringify(response)).not.toContain(tenantEmulator.url);
  });
});
