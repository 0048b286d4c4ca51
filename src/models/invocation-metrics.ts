import { z } from "zod";

/**
 * Bedrock adds `amazon-bedrock-invocationMetrics` to the last chunk of every response stream,
 * whatever the family: the billing token counts and its own latencies. Seen in captures of real
 * streams; the API reference does not list it:
 * https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html
 */
const chunkWithMetrics = z.object({
  "amazon-bedrock-invocationMetrics": z.object({
    inputTokenCount: z.number().int().nonnegative(),
    outputTokenCount: z.number().int().nonnegative(),
    invocationLatency: z.number().nonnegative().optional(),
    firstByteLatency: z.number().nonnegative().optional(),
    // Present when prompt caching took part.
    cacheReadInputTokenCount: z.number().int().nonnegative().optional(),
    cacheWriteInputTokenCount: z.number().int().nonnegative().optional(),
  }),
});

export interface InvocationMetrics {
  inputTokens: number;
  outputTokens: number;
  invocationLatencyMs: number | null;
  firstByteLatencyMs: number | null;
  cacheReadTokens: number | null;
  cacheWriteTokens: number | null;
}

/** The metrics block of a stream chunk, or null when this chunk carries none. */
export function readInvocationMetrics(chunk: unknown): InvocationMetrics | null {
  const parsed = chunkWithMetrics.safeParse(chunk);
  if (!parsed.success) return null;
  const metrics = parsed.data["amazon-bedrock-invocationMetrics"];
  return {
    inputTokens: metrics.inputTokenCount,
    outputTokens: metrics.outputTokenCount,
    invocationLatencyMs: metrics.invocationLatency ?? null,
    firstByteLatencyMs: metrics.firstByteLatency ?? null,
    cacheReadTokens: metrics.cacheReadInputTokenCount ?? null,
    cacheWriteTokens: metrics.cacheWriteInputTokenCount ?? null,
  };
}
