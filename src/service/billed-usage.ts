import { type TokenUsage } from "../models/invocation.types";

/**
 * Bedrock's own billing counts for one call: an InvokeModel reply's `X-Amzn-Bedrock-*-Token-Count`
 * headers, or the `amazon-bedrock-invocationMetrics` a response stream adds to its last chunk.
 * Null where Bedrock did not send one.
 */
export interface BillingCounts {
  inputTokens: number | null;
  outputTokens: number | null;
  cacheReadTokens: number | null;
  cacheWriteTokens: number | null;
}

/**
 * The usage one call is billed for, however it was made: Bedrock's billing counts, field by
 * field, and where Bedrock sent none the counts the family's body reported. One-shot and
 * streamed calls of the same input therefore report the same usage, cache tokens included.
 */
export function billedUsage(billing: BillingCounts | null, fromBody: TokenUsage | null): TokenUsage {
  return {
    inputTokens: billing?.inputTokens ?? fromBody?.inputTokens ?? null,
    outputTokens: billing?.outputTokens ?? fromBody?.outputTokens ?? null,
    cacheReadTokens: billing?.cacheReadTokens ?? fromBody?.cacheReadTokens ?? null,
    cacheWriteTokens: billing?.cacheWriteTokens ?? fromBody?.cacheWriteTokens ?? null,
  };
}
