import { type BedrockInvoker } from "../bedrock/invoke-call.types";
import { createConcurrencyLimiter } from "./concurrency-limiter";

/**
 * An invoker that lets at most `limit` InvokeModel calls to one model id be in flight at once.
 * A list of one-input invocations (text, images, one-text embeddings) fans out to Bedrock, and
 * without a bound one large list would use the whole account quota for that model and throttle
 * everyone else's calls. Streams are not limited: they hold a slot for as long as a client reads.
 */
export function limitCallsPerModel(invoker: BedrockInvoker, limit: number): BedrockInvoker {
  const limiter = createConcurrencyLimiter(limit);
  return {
    invoke: (call, signal) => limiter.run(call.modelId, () => invoker.invoke(call, signal)),
    invokeStream: (call, signal) => invoker.invokeStream(call, signal),
  };
}
