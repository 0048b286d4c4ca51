import { CallLog } from "./call-log";
import { listenDualProtocol } from "./dual-protocol-listener";
import { FaultPlan } from "./fault-plan";
import { createRouter } from "./router";
import { callAdminRoutes } from "./routes/call-admin.routes";
import { converseStreamRoute } from "./routes/converse-stream.route";
import { converseRoute } from "./routes/converse.route";
import { faultAdminRoutes } from "./routes/fault-admin.routes";
import { healthRoute } from "./routes/health.route";
import { invokeModelStreamRoute } from "./routes/invoke-model-stream.route";
import { invokeModelRoute } from "./routes/invoke-model.route";

export interface EmulatorOptions {
  /** TCP port to listen on; 0 (the default) picks a free one, read it back from `port`. */
  port?: number;
  /** Interface to bind; default 127.0.0.1, so the emulator is not reachable from other hosts. */
  host?: string;
  /** Receives one line per answered request and per connection problem; default: discard. */
  logger?: (line: string) => void;
}

export interface RunningEmulator {
  /** Base URL to hand to a Bedrock Runtime client as its endpoint, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  /** Stops listening and destroys open connections, HTTP/2 sessions, open streams and pending injected delays. */
  close(): Promise<void>;
}

/** Starts a local Bedrock Runtime that speaks the real wire protocol over HTTP/1.1 and HTTP/2. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  const logger = options.logger ?? (() => {});
  const faults = new FaultPlan();
  const calls = new CallLog();
  const closing = new AbortController();
  const modelCallServices = { faults, calls, closing: closing.signal };
  const route = createRouter(
    [
      invokeModelRoute(modelCallServices),
      invokeModelStreamRoute(modelCallServices),
      converseRoute(modelCallServices),
      converseStreamRoute(modelCallServices),
      ...faultAdminRoutes(faults),
      ...callAdminRoutes(calls),
      healthRoute(),
    ],
    logger,
  );
  const listener = await listenDualProtocol({ host, port: options.port ?? 0, onExchange: route, logger });
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${listener.port}`,
    port: listener.port,
    close: async () => {
      closing.abort();
      await listener.close();
    },
  };
}
