import { z } from "zod";
import { intRange } from "./setting-schemas";

export interface StoreSettings {
  /** Redis shared by every replica for limits; null keeps counters in this process. Env: REDIS_URL (redis:// or rediss://). */
  redisUrl: string | null;
  /** With Redis unreachable: `open` admits calls unlimited, `closed` refuses them. Env: STORE_FAILURE, default `open`. */
  failureMode: "open" | "closed";
  /**
   * How long start-up waits for the store's first connection before serving anyway, in
   * milliseconds (a little over Redis's connect timeout). Env: STORE_READY_WAIT_MS, default 2500.
   */
  readyWaitMs: number;
}

export const storeVariables = {
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "REDIS_URL must be a redis:// or rediss:// URL" }).optional(),
  STORE_FAILURE: z.enum(["open", "closed"], { error: "STORE_FAILURE must be open or closed" }).default("open"),
  STORE_READY_WAIT_MS: intRange("STORE_READY_WAIT_MS", 0, 60_000).default(2_500),
};

type StoreValues = z.infer<z.ZodObject<typeof storeVariables>>;

export function readStoreSettings(values: StoreValues): StoreSettings {
  return { redisUrl: values.REDIS_URL ?? null, failureMode: values.STORE_FAILURE, readyWaitMs: values.STORE_READY_WAIT_MS };
}
