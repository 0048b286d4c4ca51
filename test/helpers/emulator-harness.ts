import { type z } from "zod";
import { type RecordedCall } from "../../src/emulator/call-log";
import { startEmulator, type RunningEmulator } from "../../src/emulator/emulator-server";
import { type faultRuleSchema, type StoredFault } from "../../src/emulator/fault-rule";

/**
 * Helpers for tests that run against the local Bedrock Runtime emulator: start one per suite,
 * inject faults through its admin routes, read back the calls it received.
 */

/**
 * A fault as `POST /_emulator/faults` takes it (see src/emulator/fault-rule.ts). `exception` and
 * `streamException` are plain strings so tables of names can be passed straight in; the emulator
 * rejects an unknown name with 400, which `injectFault` turns into a thrown error.
 */
export type FaultRequest = Omit<z.input<typeof faultRuleSchema>, "exception" | "streamException"> & {
  exception?: string;
  streamException?: string;
};

/**
 * Starts an emulator on a random port before the suite's tests and closes it after them.
 * Read `url` inside tests or hooks, not at module load: it is set in beforeAll.
 */
export function withEmulator(): { readonly url: string } {
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return {
    get url(): string {
      if (emulator === undefined) throw new Error("The emulator starts in beforeAll; read url inside a test.");
      return emulator.url;
    },
  };
}

/** Every call the emulator received since it started or was last cleared, oldest first. */
export async function fetchCalls(emulatorUrl: string): Promise<RecordedCall[]> {
  return (await adminRequest(emulatorUrl, "GET", "/_emulator/calls")) as RecordedCall[];
}

/** Adds a fault for the next `count` (default 1) matching model calls; returns it as stored. */
export async function injectFault(emulatorUrl: string, fault: FaultRequest): Promise<StoredFault> {
  return (await adminRequest(emulatorUrl, "POST", "/_emulator/faults", fault)) as StoredFault;
}

/** Removes every pending fault and empties the call log, so the next test starts clean. */
export async function clearEmulator(emulatorUrl: string): Promise<void> {
  await adminRequest(emulatorUrl, "DELETE", "/_emulator/faults");
  await adminRequest(emulatorUrl, "DELETE", "/_emulator/calls");
}

async function adminRequest(emulatorUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(new URL(path, emulatorUrl), {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (!response.ok) {
    throw new Error(`Emulator ${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  }
  return answer;
}
