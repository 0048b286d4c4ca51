import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { BENCH_MODEL, BENCH_PROMPT } from "./bench-settings";
import { cpuSecondsOf } from "./process-cpu";

/**
 * `npm run bench`: invokeModel through the gateway against a bare Node handler making the same
 * SDK call, both against one emulator process, first answering at once and then after 300 ms.
 * Prints requests/s, p50, p99 and the arm's CPU per request, and the gateway/baseline ratios. With the emulator
 * answering at once it also runs the stack floor (the gateway's server and schema without its
 * service layer), which splits the gap into framework and service-layer shares. Loopback only,
 * bounded in time; every process it starts is stopped at the end.
 */

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_S = 3;

const children: ChildProcess[] = [];

/** Starts a bench/*.ts helper in its own Node process and resolves with the URL it prints. */
function startProcess(script: string, ...args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, script), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", (data: Buffer) => resolve({ url: data.toString("utf8").trim(), child }));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** The arm process's CPU (user + system) per request, in milliseconds; null without /proc. */
  cpuMsPerRequest: number | null;
}

async function measure(url: string, body: string, durationS: number, pid?: number): Promise<Figures> {
  const cpuBefore = pid === undefined ? null : cpuSecondsOf(pid);
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: CONNECTIONS,
    duration: durationS,
  });
  const cpuAfter = pid === undefined ? null : cpuSecondsOf(pid);
  const cpuMsPerRequest =
    cpuBefore === null || cpuAfter === null || result.requests.total === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / result.requests.total;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    cpuMsPerRequest,
  };
}

const GATEWAY_BODY = JSON.stringify({
  query: "mutation Invoke($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on TextResult { text } } }",
  variables: { input: { modelId: BENCH_MODEL, text: { prompt: BENCH_PROMPT, maxTokens: 200 } } },
});
const BASELINE_BODY = JSON.stringify({ prompt: BENCH_PROMPT });

async function runArm(script: string, emulatorUrl: string, body: string): Promise<Figures> {
  const { url, child } = await startProcess(script, emulatorUrl);
  await measure(url, body, WARMUP_S);
  const figures = await measure(url, body, DURATION_S, child.pid);
  await stopProcess(child);
  return figures;
}

const cpuText = (figures: Figures) => (figures.cpuMsPerRequest === null ? "n/a" : `${figures.cpuMsPerRequest.toFixed(3)} ms`);

const row = (name: string, figures: Figures) =>
  `${name.padEnd(10)} ${figures.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(figures.p50).padStart(5)} ms   p99 ${String(figures.p99).padStart(5)} ms   ` +
  `CPU/request ${cpuText(figures)}   errors ${figures.errors} non-2xx ${figures.non2xx}`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Ratios {
  throughput: number;
  p50: number;
  p99: number;
}

const ratiosOf = (arm: Figures, baseline: Figures): Ratios => ({
  throughput: arm.requestsPerSecond / baseline.requestsPerSecond,
  p50: arm.p50 / baseline.p50,
  p99: arm.p99 / baseline.p99,
});

/** Each round's own ratio (arms measured minutes apart on a shared machine drift apart), then their median. */
function ratioLine(name: string, rounds: Ratios[]): string {
  const throughputs = rounds.map((ratios) => ratios.throughput.toFixed(3)).join(", ");
  return (
    `${name.padEnd(16)} throughput ${median(rounds.map((ratios) => ratios.throughput)).toFixed(3)}   ` +
    `p50 ${median(rounds.map((ratios) => ratios.p50)).toFixed(3)}   p99 ${median(rounds.map((ratios) => ratios.p99)).toFixed(3)}` +
    (rounds.length > 1 ? `   (throughput by round: ${throughputs})` : "")
  );
}

const medianFigures = (rounds: Figures[]): Figures => ({
  requestsPerSecond: median(rounds.map((figures) => figures.requestsPerSecond)),
  p50: median(rounds.map((figures) => figures.p50)),
  p99: median(rounds.map((figures) => figures.p99)),
  errors: rounds.reduce((sum, figures) => sum + figures.errors, 0),
  non2xx: rounds.reduce((sum, figures) => sum + figures.non2xx, 0),
  cpuMsPerRequest: rounds.some((figures) => figures.cpuMsPerRequest === null) ? null : median(rounds.map((figures) => figures.cpuMsPerRequest!)),
});

/**
 * Runs every arm once per round, in turn, so each round's arms share the machine's state of the
 * moment; prints each arm's median figures and the median of the per-round ratios.
 */
async function scenario(title: string, emulatorUrl: string, withFloor: boolean): Promise<void> {
  const runs = { gateway: [] as Figures[], floor: [] as Figures[], baseline: [] as Figures[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    runs.gateway.push(await runArm("gateway-arm.ts", emulatorUrl, GATEWAY_BODY));
    if (withFloor) runs.floor.push(await runArm("stack-floor-arm.ts", emulatorUrl, GATEWAY_BODY));
    runs.baseline.push(await runArm("baseline-arm.ts", emulatorUrl, BASELINE_BODY));
  }
  console.log(`\n${title} (${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s per arm after ${WARMUP_S} s warm-up; medians)`);
  console.log(row("gateway", medianFigures(runs.gateway)));
  if (withFloor) console.log(row("floor", medianFigures(runs.floor)));
  console.log(row("baseline", medianFigures(runs.baseline)));
  console.log(
    ratioLine(
      "gateway/baseline",
      runs.gateway.map((figures, round) => ratiosOf(figures, runs.baseline[round]!)),
    ),
  );
  if (withFloor)
    console.log(
      ratioLine(
        "floor/baseline",
        runs.floor.map((figures, round) => ratiosOf(figures, runs.baseline[round]!)),
      ),
    );
}

async function main(): Promise<void> {
  const emulator = await startProcess("emulator-arm.ts");
  try {
    await scenario("Emulator answering at once", emulator.url, true);
    const fault = { latencyMs: 300, count: 1_000_000 };
    const injected = await fetch(new URL("/_emulator/faults", emulator.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(fault),
    });
    if (!injected.ok) throw new Error(`could not inject latency: ${injected.status}`);
    await scenario("Emulator answering after 300 ms", emulator.url, false);
  } finally {
    for (const child of children) await stopProcess(child);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  for (const child of children) child.kill("SIGTERM");
  process.exit(1);
});
