import { type BedrockInvoker, type InvokeCall } from "../bedrock/invoke-call.types";
import { type Failure } from "../lib/failure";
import { fail, type Result } from "../lib/result";

export type BreakerState = "closed" | "open" | "half-open";

export interface CircuitBreakerOptions {
  /** Consecutive ServiceUnavailable/InternalServer answers of Bedrock for one model that open its breaker. */
  failureThreshold: number;
  /** How long an open breaker answers at once before letting one probe through, in milliseconds. */
  cooldownMs: number;
  /** Monotonic clock in milliseconds; tests may pass their own. */
  now?: () => number;
  /** Told of every state change, for the breaker-state metric and the log. */
  onStateChange?: (modelId: string, state: BreakerState) => void;
}

interface ModelCircuit {
  state: BreakerState;
  consecutiveFailures: number;
  openedAt: number;
}

/**
 * Failures that say Bedrock itself is unwell: its own ServiceUnavailable and InternalServer
 * answers. The gateway's (a deadline, an unreachable endpoint, a wait for a connection under
 * load) say nothing certain about the model, and one caller's flood must not open it for all.
 */
const isOutage = (failure: Failure) => failure.source === "BEDROCK" && (failure.kind === "ServiceUnavailable" || failure.kind === "InternalServer");

/**
 * A per-model circuit breaker in front of the invoker. After `failureThreshold` outages in a
 * row for one model, calls to it answer ServiceUnavailable (source GATEWAY) at once for
 * `cooldownMs`; then one probe goes through: success closes the breaker, an outage reopens it.
 * Other models are unaffected. A cancelled call (the client left) counts as neither.
 */
export function withCircuitBreaker(invoker: BedrockInvoker, options: CircuitBreakerOptions): BedrockInvoker {
  const { failureThreshold, cooldownMs, now = () => performance.now(), onStateChange = () => undefined } = options;
  const circuits = new Map<string, ModelCircuit>();

  const move = (modelId: string, circuit: ModelCircuit, state: BreakerState) => {
    if (circuit.state === state) return;
    circuit.state = state;
    onStateChange(modelId, state);
  };

  /** Null when the call may go upstream; else the failure to answer with. */
  const admit = (modelId: string): Failure | null => {
    const circuit = circuits.get(modelId);
    if (!circuit || circuit.state === "closed") return null;
    const remainingMs = circuit.openedAt + cooldownMs - now();
    if (circuit.state === "open" && remainingMs <= 0) {
      move(modelId, circuit, "half-open");
      return null;
    }
    return {
      kind: "ServiceUnavailable",
      source: "GATEWAY",
      message: `${modelId} failed ${failureThreshold} times in a row; the gateway is not calling it for a short while`,
      retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)),
    };
  };

  const record = (modelId: string, result: Result<unknown, Failure>, signal: AbortSignal | undefined) => {
    if (signal?.aborted) return;
    let circuit = circuits.get(modelId);
    if (result.ok || !isOutage(result.failure)) {
      if (circuit) {
        circuit.consecutiveFailures = 0;
        move(modelId, circuit, "closed");
      }
      return;
    }
    if (!circuit) {
      circuit = { state: "closed", consecutiveFailures: 0, openedAt: 0 };
      circuits.set(modelId, circuit);
    }
    circuit.consecutiveFailures += 1;
    if (circuit.state === "half-open" || circuit.consecutiveFailures >= failureThreshold) {
      circuit.openedAt = now();
      move(modelId, circuit, "open");
    }
  };

  const guarded =
    <T>(send: (call: InvokeCall, signal?: AbortSignal) => Promise<Result<T, Failure>>) =>
    async (call: InvokeCall, signal?: AbortSignal): Promise<Result<T, Failure>> => {
      const refused = admit(call.modelId);
      if (refused) return fail(refused);
      const result = await send(call, signal);
      record(call.modelId, result, signal);
      return result;
    };

  return {
    invoke: guarded((call, signal) => invoker.invoke(call, signal)),
    invokeStream: guarded((call, signal) => invoker.invokeStream(call, signal)),
  };
}
