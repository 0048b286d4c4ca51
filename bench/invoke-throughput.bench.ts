import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { BENCH_MODEL, BENCH_PROMPT } from "./bench-settings";

/**
 * `npm run bench`: invokeModel through the gateway against a bare Node handler making the same
 * SDK call, both against one emulator process, first answering at once and then after 300 ms.
 * Prints requests/s, p50 and p99 per arm and the gateway/baseline ratios. Loopback only,
 * bounded in time; every process it starts is stopped at the end.
 */

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
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
}

async function measure(url: string, body: string, durationS: number): Promise<Figures> {
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: CONNECTIONS,
    duration: durationS,
  });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

const GATEWAY_BODY = JSON.stringify({
  query: "mutation Invoke($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on TextResult { text } } }",
  variables: { input: { modelId: BENCH_MODEL, text: { prompt: BENCH_PROMPT, maxTokens: 200 } } },
});
const BASELINE_BODY = JSON.stringify({ prompt: BENCH_PROMPT });

async function runArm(script: string, emulatorUrl: string, body: string): Promise<Figures> {
  const { url, child } = await startProcess(script, emulatorUrl);
  await measure(url, body, WARMUP_S);
  const figures = await measure(url, body, DURATION_S);
  await stopProcess(child);
  return figures;
}

const row = (name: string, figures: Figures) =>
  `${name.padEnd(10)} ${figures.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(figures.p50).padStart(5)} ms   p99 ${String(figures.p99).padStart(5)} ms   errors ${figures.errors} non-2xx ${figures.non2xx}`;

async function scenario(title: string, emulatorUrl: string): Promise<void> {
  const gateway = await runArm("gateway-arm.ts", emulatorUrl, GATEWAY_BODY);
  const baseline = await runArm("baseline-arm.ts", emulatorUrl, BASELINE_BODY);
  console.log(`\n${title} (${CONNECTIONS} connections, ${DURATION_S} s each after ${WARMUP_S} s warm-up)`);
  console.log(row("gateway", gateway));
  console.log(row("baseline", baseline));
  console.log(
    `ratio      throughput ${(gateway.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)}   ` +
      `p50 ${(gateway.p50 / baseline.p50).toFixed(3)}   p99 ${(gateway.p99 / baseline.p99).toFixed(3)}`,
  );
}

async function main(): Promise<void> {
  const emulator = await startProcess("emulator-arm.ts");
  try {
    await scenario("Emulator answering at once", emulator.url);
    const fault = { latencyMs: 300, count: 1_000_000 };
    const injected = await fetch(new URL("/_emulator/faults", emulator.url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fault) });
    if (!injected.ok) throw new Error(`could not inject latency: ${injected.status}`);
    await scenario("Emulator answering after 300 ms", emulator.url);
  } finally {
    for (const child of children) await stopProcess(child);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  for (const child of children) child.kill("SIGTERM");
  process.exit(1);
});
