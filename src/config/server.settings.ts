import { z } from "zod";
import { intRange, port } from "./setting-schemas";

/** How the process listens, logs and stops. */
export interface ServerSettings {
  /** HTTP port for GraphQL. Env: PORT, default 4000. */
  port: number;
  /** Interface to listen on. Env: HOST, default `localhost`. */
  host: string;
  /** Port of the emulator: the standalone one (`npm run emulator`), and the embedded one if set (else random). Env: EMULATOR_PORT, default 4010 standalone. */
  emulatorPort: number | null;
  /**
   * `production` turns off the landing page and introspection, requires BEDROCK_MODE, and turns
   * anonymous access off unless AUTH_ANONYMOUS=true. Env: NODE_ENV.
   */
  production: boolean;
  /**
   * On SIGTERM/SIGINT, how long in-flight requests may take to finish before their connections
   * are closed anyway, in milliseconds. Env: SHUTDOWN_GRACE_MS, default 10000.
   */
  shutdownGraceMs: number;
  /** pino log level. Env: LOG_LEVEL, default `info`. */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
}

export const serverVariables = {
  PORT: port("PORT").default(4000),
  HOST: z.string().min(1).default("localhost"),
  EMULATOR_PORT: port("EMULATOR_PORT").optional(),
  NODE_ENV: z.string().optional(),
  SHUTDOWN_GRACE_MS: intRange("SHUTDOWN_GRACE_MS", 0, 600_000).default(10_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
};

type ServerValues = z.infer<z.ZodObject<typeof serverVariables>>;

export function readServerSettings(values: ServerValues): ServerSettings {
  return {
    port: values.PORT,
    host: values.HOST,
    emulatorPort: values.EMULATOR_PORT ?? null,
    production: values.NODE_ENV === "production",
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    logLevel: values.LOG_LEVEL,
  };
}
