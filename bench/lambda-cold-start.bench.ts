import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { join } from "node:path";
import { startEmulator } from "../src/emulator/emulator-server";

// Cold start of the built Lambda entry point (dist/lambda.js; run `npm run build` first): a fresh
// Node process loads the module and answers its first HTTP API event, as a new execution
// environment does; then a second, warm, event. Both in milliseconds, median of RUNS processes.
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROOT = join(__dirname, "..");

const PROBE = `
const started = performance.now();
const { handler } = require(${JSON.stringify(join(ROOT, "dist", "lambda.js"))});
const loaded = performance.now();
const event = (id) => ({
  version: "2.0", routeKey: "$default", rawPath: "/graphql", rawQueryString: "",
  headers: { "content-type": "application/json" },
  requestContext: { http: { method: "POST", path: "/graphql", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" }, requestId: id, routeKey: "$default", stage: "$default" },
  body: JSON.stringify({ query: 'mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }' }),
  isBase64Encoded: false,
});
const context = (id) => ({ awsRequestId: id, getRemainingTimeInMillis: () => 30000 });
(async () => {
  const first = await handler(event("1"), context("1"));
  const cold = performance.now();
  await handler(event("2"), context("2"));
  const warm = performance.now() - cold;
  if (!first.body.includes("TextResult")) throw new Error(first.body);
  console.log(JSON.stringify({ load: loaded - started, cold: cold - started, warm }));
})();
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0, host: "127.0.0.1" });
  const env = { PATH: process.env.PATH ?? "", BEDROCK_MODE: "endpoint", BEDROCK_ENDPOINT: emulator.url, AUTH_ANONYMOUS: "true", LOG_LEVEL: "silent" };
  const runs: Array<{ load: number; cold: number; warm: number }> = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Asynchronously: the emulator answering the probe runs in this process.
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", PROBE], { env, encoding: "utf8" });
    runs.push(JSON.parse(stdout) as { load: number; cold: number; warm: number });
  }
  await emulator.close();
  const figure = (key: "load" | "cold" | "warm") => median(runs.map((run) => run[key])).toFixed(0);
  console.log(
    `Lambda entry point, ${RUNS} fresh processes (median): module load ${figure("load")} ms, first answer (cold start) ${figure("cold")} ms, warm answer ${figure("warm")} ms`,
  );
}

void main();
