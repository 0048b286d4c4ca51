import { type Identity } from "../auth/identity";
import { type BedrockInvokerPool } from "../bedrock/bedrock-invoker-pool";
import { type BedrockInvoker } from "../bedrock/invoke-call.types";
import { type Failure } from "../lib/failure";
import { type Result } from "../lib/result";
import { estimateCostUsd } from "../models/catalog/estimate-cost";
import { type ModelOutput, type TokenUsage } from "../models/invocation.types";
import { type InvocationOperation } from "./capability-check";
import { oversizedInput, type InputSizeLimits } from "./input-size-limits";
import { type Admission, type InvocationGuard } from "./invocation-guard";
import { type InvocationObserver, type InvocationRecord } from "./invocation-observer";
import { type InvocationInput } from "./invocation.types";
import { type ModelCatalog } from "./model-catalog";
import { prepareInvocation, type PreparedInvocation } from "./prepare-invocation";
import { type SlotCounter } from "./slot-counter";
import { reservedTokens } from "./token-reservation";

/** An invocation that passed every check and may be sent: what to send, and the client to send it with. */
export interface BegunInvocation extends PreparedInvocation {
  invoker: BedrockInvoker;
}

/** How an invocation ended. Usage is what Bedrock billed (see `billedUsage`); a failure after a call may carry it too. */
export type InvocationEnd =
  | {
      kind: "answered";
      modality: ModelOutput["modality"];
      usage: TokenUsage | null;
      /** Images generated, priced per image; 0 for text and embeddings. */
      images: number;
      attempts: number;
      latencyMs: number;
      cached: boolean;
    }
  | { kind: "failed"; failure: Failure; usage?: TokenUsage }
  | { kind: "cancelled" };

// A connection's own counter has one key: the connection.
const CONNECTION = "connection";

function crowdedOut(why: string): Failure {
  return { kind: "Throttling", source: "GATEWAY", message: `The gateway refused the call: ${why}; retry when one ends`, retryAfterSeconds: 1 };
}

/**
 * The tokens an ended call settles its reservation to: what Bedrock reported; nothing when it
 * failed before Bedrock counted any; the whole reservation for a stream stopped midway, whose
 * tokens Bedrock bills but never reports.
 */
function usedTokens(end: InvocationEnd, usage: TokenUsage | null): number | null {
  if (end.kind === "cancelled") return null;
  if (usage === null) return end.kind === "failed" ? 0 : null;
  return (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0);
}

/** One invocation between its admission and its settlement. */
export interface OpenInvocation {
  /**
   * Size limits, then validation, model resolution, capability checks and encoding, then the
   * access policy and rate limits. Any failure settles the invocation at once; nothing is sent.
   */
  begin(operation: InvocationOperation): Promise<Result<BegunInvocation, Failure>>;
  /**
   * Counts the billed tokens against the caller's budgets, prices them from the catalog, and
   * reports the invocation (log line, metrics, span). Only the first call counts: a stream that
   * completes and is then stopped is settled once. Never rejects.
   */
  settle(end: InvocationEnd): Promise<{ costUsd: number | null }>;
}

/** Who an invocation is for, beyond the caller: `requestId` names the operation in logs. */
export interface InvocationMeta {
  requestId: string | null;
  /** InvokeModelWithResponseStream rather than InvokeModel. */
  streamed: boolean;
  /** The streams of the connection (a WebSocket) the operation came over, when it has a limit of its own. */
  connectionStreams?: SlotCounter | null;
}

export interface InvocationLifecycle {
  open(input: InvocationInput, caller: Identity, meta: InvocationMeta): OpenInvocation;
}

/** How much one caller may hold at once on this replica, so that one caller cannot take a model (or the gateway) from the others. */
export interface CallerShares {
  /** One-shot invocations in flight per principal. */
  calls: SlotCounter;
  /** Open streams per principal. */
  streams: SlotCounter;
}

export interface InvocationLifecycleDependencies {
  /** The SDK client for the caller's tenant. */
  bedrock: BedrockInvokerPool;
  /** Access policy and limits, checked before any upstream call; token budgets, counted at settlement. */
  guard: InvocationGuard;
  /** Model facts and prices: what to check before calling, and what a call cost. */
  catalog: ModelCatalog;
  /** Told of every invocation once it has an outcome. */
  observer: InvocationObserver;
  shares: CallerShares;
  /** Size limits on prompts and lists; none when absent. */
  inputLimits?: InputSizeLimits;
  /** Monotonic clock in milliseconds; tests may pass their own. */
  now?: () => number;
}

/**
 * The one lifecycle of every invocation, one-shot, listed or streamed: `begin` decides whether
 * it may be sent and what to send; `settle` bills and reports it. Services only make the call in
 * between, so limits, budgets, prices and telemetry cannot differ between them.
 */
export function createInvocationLifecycle({
  bedrock,
  guard,
  catalog,
  observer,
  shares,
  inputLimits,
  now = () => performance.now(),
}: InvocationLifecycleDependencies): InvocationLifecycle {
  return {
    open(input, caller, { requestId, streamed, connectionStreams = null }) {
      const opened = now();
      // The slots this invocation holds, given back when it settles.
      const held: Array<() => void> = [];
      let prepared: PreparedInvocation | null = null;
      let admission: Admission | null = null;
      let settled = false;
      if (streamed) observer.streamOpened();

      const record = (fields: Omit<InvocationRecord, "requestId" | "principal" | "modelId" | "streamed">) =>
        observer.invocationFinished({ requestId, principal: caller.id, modelId: String(input.modelId), streamed, ...fields });

      const settle = async (end: InvocationEnd): Promise<{ costUsd: number | null }> => {
        if (settled) return { costUsd: null };
        settled = true;
        for (const give of held.splice(0)) give();
        if (streamed) observer.streamClosed();
        const usage = end.kind === "cancelled" ? null : (end.usage ?? null);
        if (admission !== null) await guard.settle(caller, admission, usedTokens(end, usage));
        switch (end.kind) {
          case "answered": {
            const model = prepared?.model ?? null;
            const costUsd = model === null ? null : estimateCostUsd(model.pricing, { usage, images: end.images });
            record({
              outcome: end.modality,
              ok: true,
              source: null,
              latencyMs: end.latencyMs,
              inputTokens: usage?.inputTokens ?? null,
              outputTokens: usage?.outputTokens ?? null,
              attempts: end.attempts,
              cached: end.cached,
            });
            return { costUsd };
          }
          case "failed":
          case "cancelled": {
            const failure = end.kind === "failed" ? end.failure : null;
            record({
              outcome: failure?.kind ?? "Cancelled",
              ok: false,
              source: failure?.source ?? null,
              latencyMs: Math.round(now() - opened),
              inputTokens: null,
              outputTokens: null,
              attempts: failure?.attempts ?? 0,
              cached: false,
            });
            return { costUsd: null };
          }
        }
      };

      /** A slot of the caller's share (and of its connection's, for a stream), or why there is none. */
      const takeShares = (): Failure | null => {
        const mine = streamed ? shares.streams : shares.calls;
        const what = streamed ? "open streams" : "calls in flight";
        if (!mine.tryTake(caller.id)) return crowdedOut(`${caller.id} has ${mine.limit} ${what} on this gateway, its limit`);
        held.push(() => mine.give(caller.id));
        if (streamed && connectionStreams !== null) {
          if (!connectionStreams.tryTake(CONNECTION)) return crowdedOut(`this connection has ${connectionStreams.limit} open streams, its limit`);
          held.push(() => connectionStreams.give(CONNECTION));
        }
        return null;
      };

      const refuse = async (failure: Failure): Promise<Result<BegunInvocation, Failure>> => {
        await settle({ kind: "failed", failure });
        return { ok: false, failure };
      };

      return {
        async begin(operation) {
          const oversized = inputLimits ? oversizedInput(input, inputLimits) : null;
          if (oversized) return refuse(oversized);
          const ready = prepareInvocation(input, catalog, operation);
          if (!ready.ok) return refuse(ready.failure);
          prepared = ready.value;
          const crowded = takeShares();
          if (crowded) return refuse(crowded);
          const admitted = await guard.admit(
            caller,
            { given: prepared.invocation.modelId, baseModelId: prepared.baseModelId },
            reservedTokens(prepared),
          );
          if (!admitted.ok) return refuse(admitted.failure);
          admission = admitted.value;
          return { ok: true, value: { ...prepared, call: { ...prepared.call, caller: caller.id }, invoker: bedrock.invokerFor(caller.tenant) } };
        },
        settle,
      };
    },
  };
}
