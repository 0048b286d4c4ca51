import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

const ROOT = join(__dirname, "..", "..");

export interface MainProcess {
  child: ChildProcess;
  lines: string[];
  waitFor(text: string): Promise<string>;
}

/**
 * Starts the built program exactly as `npm run serve` (and so `npm start`, after its build) runs
 * it: `node dist/main.js` from `root`, with only the given environment. `npm test` builds `dist/`
 * before jest runs; jest's global setup refuses to run on a `dist/` older than `src/`.
 */
export function startMain(environment: Record<string, string>, root: string = ROOT): MainProcess {
  const child = spawn(process.execPath, [join(root, "dist", "main.js")], {
    cwd: root,
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

/** The child's exit code, at once if it has already exited. */
export function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** The GraphQL URL a started gateway logged. */
export async function gatewayUrlOf(main: MainProcess): Promise<string> {
  const readyLine = await main.waitFor("GraphQL ready at");
  return /GraphQL ready at (\S+)/.exec(JSON.parse(readyLine).msg)![1];
}
