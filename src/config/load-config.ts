import { z } from "zod";
import { authVariables, readAuthSettings, type AuthSettings } from "./auth.settings";
import { batchingVariables, readBatchingSettings, type BatchingSettings } from "./batching.settings";
import { bedrockVariables, readBedrockSettings, type BedrockSettings } from "./bedrock.settings";
import { breakerVariables, readBreakerSettings, type BreakerSettings } from "./breaker.settings";
import { ConfigError } from "./config-error";
import { limitsVariables, readOperationLimits, type OperationLimits } from "./limits.settings";
import { readServerSettings, serverVariables, type ServerSettings } from "./server.settings";
import { readStoreSettings, storeVariables, type StoreSettings } from "./store.settings";
import { readTracingSettings, tracingVariables, type TracingSettings } from "./tracing.settings";

export interface Config extends ServerSettings {
  bedrock: BedrockSettings;
  batching: BatchingSettings;
  auth: AuthSettings;
  store: StoreSettings;
  limits: OperationLimits;
  breaker: BreakerSettings;
  /**
   * A JSON model catalog (the shape of src/models/catalog/model-catalog.json) whose entries
   * replace the built-in ones by modelId, to update prices and limits without a release.
   * Env: MODEL_CATALOG_FILE, default none (the built-in catalog).
   */
  modelCatalogFile: string | null;
  /** Null: no tracing. */
  tracing: TracingSettings | null;
}

const environmentSchema = z.object({
  ...serverVariables,
  ...bedrockVariables,
  ...batchingVariables,
  ...authVariables,
  ...storeVariables,
  ...limitsVariables,
  ...breakerVariables,
  ...tracingVariables,
  MODEL_CATALOG_FILE: z.string().optional(),
});

/** Every environment variable the gateway reads (the README's settings tables list exactly these). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

/** Reads and validates every setting once; the only reader of the environment is main.ts. */
export function loadConfig(environment: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration — ${problems.join("; ")}`);
  }
  const values = parsed.data;
  const production = values.NODE_ENV === "production";
  const bedrock = readBedrockSettings(values, { production });
  const server = readServerSettings(values, { embeddedEmulator: bedrock.mode === "emulator" });
  return {
    ...server,
    bedrock,
    batching: readBatchingSettings(values),
    auth: readAuthSettings(values, { embeddedEmulator: bedrock.mode === "emulator", production: server.production }),
    store: readStoreSettings(values),
    limits: readOperationLimits(values),
    breaker: readBreakerSettings(values),
    modelCatalogFile: values.MODEL_CATALOG_FILE ?? null,
    tracing: readTracingSettings(values),
  };
}
