import { type BedrockInvoker, type InvokeCall, type StreamReply } from "../bedrock/invoke-call.types";
import { type Failure } from "../lib/failure";
import { type Result } from "../lib/result";
import { createConcurrencyLimiter } from "./concurrency-limiter";

/**
 * An invoker that lets at most `limit` calls to one model id be in flight at once, streams
 * included (a stream holds its slot until it ends), so that one large list or one caller's
 * flood of streams cannot take a model's whole quota. Waiting calls take turns by caller
 * (`InvokeCall.caller`), so another caller's call waits for one slot, not behind the flood.
 */
export function limitCallsPerModel(invoker: BedrockInvoker, limit: number): BedrockInvoker {
  const limiter = createConcurrencyLimiter(limit);
  return {
    invoke: (call, signal) => limiter.run(call.modelId, () => invoker.invoke(call, signal), call.caller),
    async invokeStream(call: InvokeCall, signal?: AbortSignal): Promise<Result<StreamReply, Failure>> {
      const give = await limiter.acquire(call.modelId, call.caller);
      const reply = await invoker.invokeStream(call, signal).catch((error: unknown) => {
        give();
        throw error;
      });
      if (!reply.ok) {
        give();
        return reply;
      }
      return { ok: true, value: { ...reply.value, chunks: releasingAtEnd(reply.value.chunks, give) } };
    },
  };
}

/** The stream's chunks, giving the slot back however reading them ends (done, failed or stopped). */
async function* releasingAtEnd<T>(chunks: AsyncIterable<T>, give: () => void): AsyncGenerator<T> {
  try {
    yield* chunks;
  } finally {
    give();
  }
}
