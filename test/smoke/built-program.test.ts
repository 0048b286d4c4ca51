import { exitCode, gatewayUrlOf, startMain } from "../helpers/main-process";
import { collectStream, connectWebSocket, STREAM_SUBSCRIPTION } from "../helpers/subscription-client";

// The program as `npm start` runs it once built: `node dist/main.js` on a free port, against the
// embedded emulator, with nothing from the test runner in between.
describe("the built gateway (dist/main.js)", () => {
  it("serves invokeModel over HTTP and invokeModelStream over WebSocket, then exits 0 on SIGTERM", async () => {
    const main = startMain({ PORT: "0", HOST: "127.0.0.1" });
    try {
      const emulatorLine = await main.waitFor("Using the local Bedrock emulator");
      expect(emulatorLine).toContain("BEDROCK_MODE=aws");
      const url = await gatewayUrlOf(main);

      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename ... on TextResult { text } } }`,
        }),
      });
      const body = (await response.json()) as { data: { invokeModel: { __typename: string; text: string } } };
      expect(body.data.invokeModel.__typename).toBe("TextResult");
      expect(body.data.invokeModel.text.length).toBeGreaterThan(0);

      const client = connectWebSocket(url);
      try {
        const { events } = await collectStream(client, STREAM_SUBSCRIPTION, {
          input: { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "Tell me about rivers", maxTokens: 40 } },
        });
        const kinds = events.map(({ event }) => event.__typename);
        expect(kinds.filter((kind) => kind === "TextDelta").length).toBeGreaterThan(1);
        expect(kinds.at(-1)).toBe("StreamCompleted");
      } finally {
        await client.dispose();
      }

      const landing = await fetch(url, { headers: { accept: "text/html" } });
      expect(await landing.text()).toContain("sandbox");
    } finally {
      main.child.kill("SIGTERM");
    }
    expect(await exitCode(main.child)).toBe(0);
  });

  it("fails at start with a message naming a bad setting", async () => {
    const main = startMain({ BEDROCK_MODE: "aws" });
    expect(await exitCode(main.child)).toBe(1);
    expect(main.lines.join("\n")).toContain("AWS_REGION");
  });

  it("logs no password a URL setting carries", async () => {
    const main = startMain({
      PORT: "0",
      HOST: "127.0.0.1",
      BEDROCK_ENDPOINT: "http://gateway-user:endpoint-secret-1@127.0.0.1:9/",
      BEDROCK_REGION_ENDPOINTS: JSON.stringify({ "us-west-2": "http://fallback-user:endpoint-secret-2@127.0.0.1:9/" }),
      BEDROCK_FALLBACK_REGIONS: JSON.stringify({ "*": ["us-west-2"] }),
      REDIS_URL: "redis://default:redis-secret-3@127.0.0.1:9",
      STORE_READY_WAIT_MS: "200",
    });
    try {
      await gatewayUrlOf(main);
      expect(await main.waitFor("Calling Bedrock at")).toContain("http://***@127.0.0.1:9/");
    } finally {
      main.child.kill("SIGTERM");
    }
    await exitCode(main.child);
    expect(main.lines.join("\n")).not.toMatch(/endpoint-secret|redis-secret|gateway-user|fallback-user/);
  });

  it("refuses to serve synthetic answers in production unless BEDROCK_MODE=emulator is explicit", async () => {
    const refused = startMain({ PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production" });
    expect(await exitCode(refused.child)).toBe(1);
    expect(refused.lines.join("\n")).toContain("BEDROCK_MODE");

    const explicit = startMain({ PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", BEDROCK_MODE: "emulator" });
    try {
      const url = await gatewayUrlOf(explicit);
      const anonymous = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`,
        }),
      });
      const body = (await anonymous.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
      expect(body.data ?? null).toBeNull();
      expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    } finally {
      explicit.child.kill("SIGTERM");
    }
    expect(await exitCode(explicit.child)).toBe(0);
  });
});
