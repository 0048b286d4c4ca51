import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

const ROOT = join(__dirname, "..", "..");

/** Starts the real entry point as `npm start` would (from source), and collects its log lines. */
function startMain(environment: Record<string, string>): { child: ChildProcess; lines: string[]; waitFor(text: string): Promise<string> } {
  // tsx as a loader (not its CLI wrapper) so signals reach main.ts's own handlers.
  const child = spawn(process.execPath, ["--require", "tsx/cjs", join(ROOT, "src", "main.ts")], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on("line", (line) => {
      lines.push(line);
      waiters.forEach((wake) => wake());
    });
  }
  return {
    child,
    lines,
    waitFor(text) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no log line with "${text}" in:\n${lines.join("\n")}`)), 15_000);
        const check = () => {
          const line = lines.find((candidate) => candidate.includes(text));
          if (line) {
            clearTimeout(timer);
            resolve(line);
          }
        };
        waiters.push(check);
        check();
      });
    },
  };
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

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
