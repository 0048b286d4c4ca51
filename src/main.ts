import "reflect-metadata";
import { ConfigError } from "./config/config-error";
import { loadConfig, type Config } from "./config/load-config";
import { startEmulator } from "./emulator/emulator-server";
import { loadAccessPolicy, startGateway } from "./gateway";
import { createLogger } from "./observability/logger";

const STANDALONE_EMULATOR_PORT = 4010;

async function runEmulatorOnly(config: Config): Promise<void> {
  const emulator = await startEmulator({ port: config.emulatorPort ?? STANDALONE_EMULATOR_PORT, host: config.host });
  console.log(`Bedrock Runtime emulator listening at ${emulator.url} (HTTP/1.1 and HTTP/2). Point any Bedrock client's endpoint at it.`);
  onShutdown(() => emulator.close());
}

async function runGateway(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const closers: Array<() => Promise<void>> = [];
  let bedrock = config.bedrock;
  if (bedrock.mode === "emulator") {
    const emulator = await startEmulator({ port: config.emulatorPort ?? 0, host: "127.0.0.1" });
    closers.push(() => emulator.close());
    bedrock = { ...bedrock, endpoint: emulator.url };
    logger.info(
      `Using the local Bedrock emulator at ${emulator.url}: no AWS account needed, answers are synthetic. ` +
        "To call real Bedrock, set BEDROCK_MODE=aws and AWS_REGION (credentials come from the AWS SDK's default chain).",
    );
  } else {
    logger.info(`Calling Bedrock at ${bedrock.endpoint ?? `the ${bedrock.region} endpoint`} (BEDROCK_MODE=${bedrock.mode})`);
  }
  const policy = loadAccessPolicy(config.auth.policyFile);
  if (config.auth.policyFile === null) logger.warn("No POLICY_FILE: every caller may use every model, without limits");
  logger.info(
    config.corsOrigins.length === 0
      ? "No browser access (CORS_ORIGINS is empty): no web page may call, on any origin; clients outside browsers can"
      : `Browser pages on these origins may call across origins (CORS_ORIGINS): ${config.corsOrigins.join(", ")}`,
  );
  if (config.trustedDocumentsFile !== null) {
    logger.info(
      config.trustedDocumentsOnly
        ? `Trusted documents only (TRUSTED_DOCUMENTS_ONLY): callers without arbitraryOperations run only the documents in ${config.trustedDocumentsFile}`
        : `Trusted documents in ${config.trustedDocumentsFile} resolve by hash; any operation still runs (TRUSTED_DOCUMENTS_ONLY=false)`,
    );
  }
  if (config.auth.allowAnonymous) logger.info("Anonymous access is on (AUTH_ANONYMOUS): requests without credentials run as `anonymous`");
  const gateway = await startGateway({ config: { ...config, bedrock }, policy, logger });
  closers.unshift(() => gateway.close());
  logger.info(`GraphQL ready at ${gateway.url}${config.production ? "" : " (open it in a browser for Apollo Sandbox)"}`);
  if (config.tracing) logger.info(`Tracing to ${new URL(config.tracing.endpoint).origin} as ${config.tracing.serviceName}`);
  onShutdown(async () => {
    for (const close of closers) await close();
  });
}

function onShutdown(close: () => Promise<void>): void {
  const stop = () => {
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Error while shutting down", error);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (process.argv.includes("emulator")) await runEmulatorOnly(config);
  else await runGateway(config);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
