import http from "node:http";
import https from "node:https";
import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand, type ResponseStream } from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { AbortedWith, type Failure } from "../lib/failure";
import { fail, ok, type Result } from "../lib/result";
import { type BedrockInvoker, type InvokeCall, type InvokeReply, type StreamReply } from "./invoke-call.types";
import { RESPONSE_METRICS, responseMetricsPlugin, type WithResponseMetrics } from "./response-metrics.middleware";
import { failureFromSdkError } from "./sdk-failure";

export interface BedrockClientOptions {
  region: string;
  /** Endpoint override (emulator, proxy); null for the region's real endpoint. */
  endpoint: string | null;
  /** Null: the SDK's default credential chain. */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  retryMode: "standard" | "adaptive";
  maxAttempts: number;
  /** Deadline for one invocation, all attempts included. */
  timeoutMs: number;
  connectTimeoutMs: number;
  maxSockets: number;
}

/**
 * The SDK's default Node handler for this client is HTTP/2 with one new session per request
 * (disableConcurrentStreams), so every call pays a TCP+TLS handshake. A gateway makes many
 * calls to one host: an HTTP/1.1 handler over a keep-alive agent reuses warm connections, keeps
 * one slow generation from blocking others on a shared session, and bounds sockets per host.
 */
function createRequestHandler(options: BedrockClientOptions): NodeHttpHandler {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets };
  return new NodeHttpHandler({
    connectionTimeout: options.connectTimeoutMs,
    httpAgent: new http.Agent(agentOptions),
    httpsAgent: new https.Agent(agentOptions),
  });
}

export function createBedrockClient(options: BedrockClientOptions): BedrockRuntimeClient {
  const client = new BedrockRuntimeClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    retryMode: options.retryMode,
    maxAttempts: options.maxAttempts,
    requestHandler: createRequestHandler(options),
  });
  client.middlewareStack.use(responseMetricsPlugin);
  return client;
}

function deadlineFailure(timeoutMs: number): Failure {
  return {
    kind: "ModelTimeout",
    source: "GATEWAY",
    message: `Bedrock did not answer within the gateway's ${timeoutMs} ms deadline; the call was aborted`,
  };
}

const CANCELLED: Failure = {
  kind: "ServiceUnavailable",
  source: "GATEWAY",
  message: "The call was cancelled because the client went away",
};

/**
 * One call's abort signal: the caller's cancel or the gateway's deadline, whichever comes
 * first. `release` clears the timer and the listener once the call is over, so nothing of the
 * call outlives it. (AbortSignal.timeout keeps its timer and signal alive for the whole
 * deadline, and AbortSignal.any links signals through weak references: on Node 20 the pair cost
 * several times this per call, most of it later in the garbage collector.)
 */
function callSignal(timeoutMs: number, cancel: AbortSignal | undefined) {
  const controller = new AbortController();
  let expired = false;
  const onCancel = () => controller.abort(cancel?.reason);
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new Error(`deadline of ${timeoutMs} ms passed`));
  }, timeoutMs);
  timer.unref();
  if (cancel?.aborted) onCancel();
  else cancel?.addEventListener("abort", onCancel, { once: true });
  return {
    signal: controller.signal,
    expired: () => expired,
    release() {
      clearTimeout(timer);
      cancel?.removeEventListener("abort", onCancel);
    },
  };
}

/** Turns a thrown SDK error into a Failure, telling the caller's cancel and our deadline apart. */
function failureOf(error: unknown, cancel: AbortSignal | undefined, deadlinePassed: boolean, timeoutMs: number): Failure {
  if (cancel?.aborted) return cancel.reason instanceof AbortedWith ? cancel.reason.failure : CANCELLED;
  if (deadlinePassed) return deadlineFailure(timeoutMs);
  const failure = failureFromSdkError(error);
  // The SDK records on the thrown error how many attempts it made (retries included).
  const attempts = (error as { $metadata?: { attempts?: number } } | null)?.$metadata?.attempts;
  return typeof attempts === "number" ? { ...failure, attempts } : failure;
}

/**
 * The SDK throws mid-stream exception events from its iterator; this yields them as a last
 * failure item instead, so consumers handle one kind of value. `done` runs however the stream
 * ends.
 */
async function* chunksOf(
  events: AsyncIterable<ResponseStream>,
  toFailure: (error: unknown) => Failure,
  done: () => void,
): AsyncGenerator<Result<Uint8Array, Failure>> {
  try {
    for await (const event of events) {
      if (event.chunk?.bytes) yield ok(event.chunk.bytes);
    }
  } catch (error) {
    yield fail(toFailure(error));
  } finally {
    done();
  }
}

/** The command input: the call less what is the gateway's own (whose call it is). */
function toInput({ caller: _caller, ...input }: InvokeCall): Omit<InvokeCall, "caller"> {
  return input;
}

/** Sends InvokeModel through one SDK client, under a deadline that really aborts the request. */
export function createBedrockInvoker(client: BedrockRuntimeClient, timeoutMs: number): BedrockInvoker {
  return {
    async invoke(call: InvokeCall, signal?: AbortSignal): Promise<Result<InvokeReply, Failure>> {
      const abort = callSignal(timeoutMs, signal);
      try {
        const output = await client.send(new InvokeModelCommand(toInput(call)), { abortSignal: abort.signal });
        const metrics = (output as WithResponseMetrics)[RESPONSE_METRICS];
        return ok({
          body: output.body ?? new Uint8Array(),
          contentType: output.contentType ?? "application/json",
          requestId: output.$metadata.requestId ?? null,
          attempts: output.$metadata.attempts ?? 1,
          inputTokens: metrics?.inputTokens ?? null,
          outputTokens: metrics?.outputTokens ?? null,
          invocationLatencyMs: metrics?.invocationLatencyMs ?? null,
          cacheReadTokens: metrics?.cacheReadInputTokens ?? null,
          cacheWriteTokens: metrics?.cacheWriteInputTokens ?? null,
          performanceConfigLatency: output.performanceConfigLatency ?? null,
          serviceTier: output.serviceTier ?? null,
        });
      } catch (error) {
        return fail(failureOf(error, signal, abort.expired(), timeoutMs));
      } finally {
        abort.release();
      }
    },

    async invokeStream(call: InvokeCall, signal?: AbortSignal): Promise<Result<StreamReply, Failure>> {
      // The deadline covers the whole stream, so it is released when the stream ends, not here.
      const abort = callSignal(timeoutMs, signal);
      try {
        const output = await client.send(new InvokeModelWithResponseStreamCommand(toInput(call)), { abortSignal: abort.signal });
        if (!output.body) throw new Error("InvokeModelWithResponseStream answered without a stream body");
        const toFailure = (error: unknown) => failureOf(error, signal, abort.expired(), timeoutMs);
        return ok({
          requestId: output.$metadata.requestId ?? null,
          contentType: output.contentType ?? "application/json",
          chunks: chunksOf(output.body, toFailure, abort.release),
        });
      } catch (error) {
        abort.release();
        return fail(failureOf(error, signal, abort.expired(), timeoutMs));
      }
    },
  };
}
