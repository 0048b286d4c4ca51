import { exitCode, startMain } from "../helpers/main-process";

describe("the gateway's entry point", () => {
  it("serves GraphQL against the embedded emulator and says how to switch to AWS", async () => {
    const main = startMain({ PORT: "0" });
    try {
      const emulatorLine = await main.waitFor("Using the local Bedrock emulator");
      expect(emulatorLine).toContain("BEDROCK_MODE=aws");
      const readyLine = await main.waitFor("GraphQL ready at");
      const url = /GraphQL ready at (\S+)/.exec(JSON.parse(readyLine).msg)![1];
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`,
        }),
      });
      expect(await response.json()).toEqual({ data: { invokeModel: { __typename: "TextResult" } } });
      const landing = await fetch(url, { headers: { accept: "text/html" } });
      expect(await landing.text()).toContain("sandbox");
    } finally {
      main.child.kill("SIGTERM");
      expect(await exitCode(main.child)).toBe(0);
    }
  });

  it("fails at start with a message naming a bad setting", async () => {
    const main = startMain({ BEDROCK_MODE: "aws" });
    expect(await exitCode(main.child)).toBe(1);
    expect(main.lines.join("\n")).toContain("AWS_REGION");
  });
});
