import "reflect-metadata";
import { pino } from "pino";
import { OPEN_POLICY_DOCUMENT } from "../src/auth/access-policy";
import { startEmulator } from "../src/emulator/emulator-server";
import { startGateway } from "../src/gateway";
import { benchGatewayConfig } from "./bench-settings";

/**
 * `npm run bench:batching`: 1,000 single-text Cohere embedding operations from 100 concurrent
 * clients, through a gateway on 127.0.0.1 in front of the local emulator, once with embedding
 * merging and once without. Prints upstream calls and throughput for each, and their ratios.
 * The cache is off and every text differs, so the figures measure merging alone.
 *
 * Environment (all optional): BENCH_REQUESTS (1000), BENCH_CLIENTS (100), BENCH_WINDOW_MS (5).
 */

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 5);
const MODEL_ID = "cohere.embed-english-v3";

const EMBED = `mutation ($input: InvokeModelInput!) {
  invokeModel(input: $input) { __typename ... on EmbeddingResult { dimensions } }
}`;

interface RunFigures {
  label: string;
  requests: number;
  failures: number;
  upstreamCalls: number;
  seconds: number;
  perSecond: number;
}

async function countInvokeCalls(emulatorUrl: string): Promise<number> {
  const response = await fetch(new URL("/_emulator/calls", emulatorUrl));
  const calls = (await response.json()) as Array<{ operation: string }>;
  return calls.filter((call) => call.operation === "InvokeModel").length;
}

async function clearCalls(emulatorUrl: string): Promise<void> {
  await fetch(new URL("/_emulator/calls", emulatorUrl), { method: "DELETE" });
}

/** `CLIENTS` workers share one queue of requests; each sends its next only when the last one answered. */
async function drive(gatewayUrl: string, count: number, prefix: string): Promise<number> {
  let next = 0;
  let failures = 0;
  const client = async () => {
    while (next < count) {
      const index = next++;
      const response = await fetch(gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: EMBED,
          variables: { input: { modelId: MODEL_ID, embedding: { text: `${prefix} text ${index} about lakes` } } },
        }),
      });
      const body = (await response.json()) as { data?: { invokeModel?: { __typename: string } } };
      if (body.data?.invokeModel?.__typename !== "EmbeddingResult") failures += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CLIENTS, count) }, client));
  return failures;
}

/** `merging`: the gateway's EMBEDDING_* settings for this run; the cache is off in both. */
async function run(label: string, merging: Record<string, string>): Promise<RunFigures> {
  const emulator = await startEmulator({ port: 0, host: "127.0.0.1" });
  const config = benchGatewayConfig(emulator.url, { EMBEDDING_CACHE_MAX_BYTES: "0", ...merging });
  const gateway = await startGateway({ config, policy: OPEN_POLICY_DOCUMENT, logger: pino({ level: "silent" }) });
  try {
    await drive(gateway.url, CLIENTS, `${label} warm-up`);
    await clearCalls(emulator.url);
    const started = performance.now();
    const failures = await drive(gateway.url, REQUESTS, label);
    const seconds = (performance.now() - started) / 1000;
    return { label, requests: REQUESTS, failures, upstreamCalls: await countInvokeCalls(emulator.url), seconds, perSecond: REQUESTS / seconds };
  } finally {
    await gateway.close();
    await emulator.close();
  }
}

async function main(): Promise<void> {
  console.log(`${REQUESTS} single-text ${MODEL_ID} operations from ${CLIENTS} concurrent clients, cache off, 127.0.0.1\n`);
  const without = await run("without batching", { EMBEDDING_BATCHING: "false" });
  const batched = await run("with batching", { EMBEDDING_BATCHING: "true", EMBEDDING_BATCH_WINDOW_MS: String(WINDOW_MS) });
  const rows = [without, batched].map((figures) => [
    figures.label,
    String(figures.requests),
    String(figures.failures),
    String(figures.upstreamCalls),
    figures.seconds.toFixed(2),
    figures.perSecond.toFixed(0),
  ]);
  const header = ["mode", "requests", "failed", "upstream calls", "seconds", "requests/s"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join(" | ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("-|-"));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nupstream calls: ${(without.upstreamCalls / Math.max(1, batched.upstreamCalls)).toFixed(1)}x fewer with batching (window ${WINDOW_MS} ms); ` +
      `throughput: ${(batched.perSecond / without.perSecond).toFixed(2)}x that without`,
  );
  if (without.failures + batched.failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
