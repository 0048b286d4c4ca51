import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

const ROOT = join(__dirname, "..", "..");

export interface MainProcess {
  child: ChildProcess;
  lines: string[];
  waitFor(text: string): Promise<string>;
}

/** Starts the real entry point as `npm start` would (from source), and collects its log lines. */
export function startMain(environment: Record<string, string>): MainProcess {
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

export function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** The GraphQL URL a started gateway logged. */
export async function gatewayUrlOf(main: MainProcess): Promise<string> {
  const readyLine = await main.waitFor("GraphQL ready at");
  return /GraphQL ready at (\S+)/.exec(JSON.parse(readyLine).msg)![1];
}
