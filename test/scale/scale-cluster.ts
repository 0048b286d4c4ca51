import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { freePort } from "../helpers/free-port";
import { exitCode } from "../helpers/main-process";

const ROOT = join(__dirname, "..", "..");

/** A child process and a promise of the first output line matching `ready`. */
function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const readyPromise = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${lines.join("\n")}`)), 20_000);
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => {
        if (lines.length < 200) lines.push(line);
        if (ready.test(line)) {
          clearTimeout(timer);
          resolve();
        }
      });
    }
    child.once("exit", (code) => reject(new Error(`${command} exited with ${code}:\n${lines.join("\n")}`)));
  });
  readyPromise.catch(() => undefined);
  return { child, ready: readyPromise };
}

export interface Replica {
  port: number;
  child: ChildProcess;
}

/**
 * redis-server, three built gateways (`node dist/main.js`) against one Bedrock endpoint, and
 * HAProxy in front checking /readyz: all on loopback, as deploy/compose.yaml lays them out.
 */
export async function startCluster(options: { bedrockEndpoint: string; policy: string; graceMs: number }) {
  const directory = mkdtempSync(join(tmpdir(), "gateway-scale-"));
  const policyFile = join(directory, "policy.yaml");
  writeFileSync(policyFile, options.policy);
  const redisPort = await freePort();
  let redis = start(
    "redis-server",
    ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    process.env,
    /Ready to accept/,
  );
  await redis.ready;
  const env = (port: number): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH ?? "",
    PORT: String(port),
    HOST: "127.0.0.1",
    BEDROCK_MODE: "endpoint",
    BEDROCK_ENDPOINT: options.bedrockEndpoint,
    POLICY_FILE: policyFile,
    AUTH_ANONYMOUS: "false",
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    STORE_FAILURE: "closed",
    SHUTDOWN_GRACE_MS: String(options.graceMs),
    LOG_LEVEL: "warn",
  });
  // Replicas log warnings only (a line per invocation would load the machine), so readiness is polled.
  const startReplica = async (port: number): Promise<Replica> => {
    const child = spawn(process.execPath, ["dist/main.js"], { cwd: ROOT, env: env(port), stdio: ["ignore", "ignore", "inherit"] });
    for (const deadline = Date.now() + 20_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
      if (child.exitCode !== null) throw new Error(`replica on ${port} exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error(`replica on ${port} did not get ready`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return { port, child };
    }
  };
  const ports = await Promise.all([freePort(), freePort(), freePort()]);
  const replicas = await Promise.all(ports.map(startReplica));
  const balancerPort = await freePort();
  const config = join(directory, "haproxy.cfg");
  writeFileSync(
    config,
    [
      "global",
      "  maxconn 4096",
      "defaults",
      "  mode http",
      "  timeout connect 2s",
      "  timeout client 60s",
      "  timeout server 60s",
      "  timeout tunnel 10m",
      "  retries 3",
      "  option redispatch",
      // Only requests that never ran: a refused connection, or SHUTTING_DOWN (503) from a draining
      // replica. A request whose replica died while running it is not sent again (it may have billed).
      "  retry-on conn-failure 503",
      "frontend graphql",
      `  bind 127.0.0.1:${balancerPort}`,
      "  default_backend gateways",
      "backend gateways",
      "  balance leastconn",
      "  option httpchk GET /readyz",
      "  http-check expect status 200",
      // /readyz also checks Redis and Bedrock; under load it may take a while to answer.
      "  timeout check 2s",
      "  default-server inter 500ms fall 2 rise 2 check",
      ...ports.map((port, index) => `  server g${index} 127.0.0.1:${port}`),
      "",
    ].join("\n"),
  );
  const balancer = spawn("haproxy", ["-f", config, "-db"], { stdio: "ignore" });
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return {
    url: `http://127.0.0.1:${balancerPort}/graphql`,
    replicas,
    redisPort,
    /** SIGTERM a replica, wait for it to exit (its code), start a fresh one on its port. */
    async restart(index: number): Promise<number | null> {
      const old = replicas[index]!;
      old.child.kill("SIGTERM");
      const code = await exitCode(old.child);
      replicas[index] = await startReplica(old.port);
      // Two passing checks before HAProxy sends to it again.
      await new Promise((resolve) => setTimeout(resolve, 800));
      return code;
    },
    async kill(index: number): Promise<void> {
      replicas[index]!.child.kill("SIGKILL");
      await exitCode(replicas[index]!.child);
    },
    async restartRedis(downMs: number): Promise<void> {
      redis.child.kill("SIGKILL");
      await exitCode(redis.child);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      redis = start(
        "redis-server",
        ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        process.env,
        /Ready to accept/,
      );
      await redis.ready;
    },
    async close(): Promise<void> {
      balancer.kill("SIGTERM");
      for (const replica of replicas) replica.child.kill("SIGKILL");
      redis.child.kill("SIGKILL");
      await Promise.all([exitCode(balancer), ...replicas.map((replica) => exitCode(replica.child)), exitCode(redis.child)]);
    },
  };
}
