import "reflect-metadata";
import { startGateway } from "../src/gateway";
import { createLogger } from "../src/observability/logger";
import { benchClientSettings } from "./bench-settings";

/** Arm (a): the gateway as it ships, in production mode, pointed at the bench's emulator. Prints its URL. */
async function main(): Promise<void> {
  const endpoint = process.argv[2]!;
  const gateway = await startGateway({
    port: 0,
    host: "127.0.0.1",
    production: true,
    shutdownGraceMs: 1_000,
    // One info line per invocation is what production writes; the bench keeps it, to /dev/null.
    logger: createLogger("info", "/dev/null"),
    bedrock: { mode: "endpoint", endpoint, useDefaultCredentials: false, ...benchClientSettings },
  });
  process.stdout.write(`${gateway.url}\n`);
  process.once("SIGTERM", () => void gateway.close().then(() => process.exit(0)));
}

void main();
