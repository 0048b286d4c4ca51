import "reflect-metadata";
import { OPEN_POLICY_DOCUMENT } from "../src/auth/access-policy";
import { startGateway } from "../src/gateway";
import { createLogger } from "../src/observability/logger";
import { benchGatewayConfig } from "./bench-settings";

/** Arm (a): the gateway as it ships, in production mode, pointed at the bench's emulator. Prints its URL. */
async function main(): Promise<void> {
  const endpoint = process.argv[2]!;
  // One info line per invocation is what production writes; the bench keeps it, to /dev/null.
  const gateway = await startGateway({
    config: benchGatewayConfig(endpoint),
    policy: OPEN_POLICY_DOCUMENT,
    logger: createLogger("info", "/dev/null"),
  });
  process.stdout.write(`${gateway.url}\n`);
  process.once("SIGTERM", () => void gateway.close().then(() => process.exit(0)));
}

void main();
