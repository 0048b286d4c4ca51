import { type StreamChunk } from "./engine.types";

/** The parts of a Nova response its stream repeats. */
interface NovaResponse {
  stopReason: string;
  usage: { inputTokens: number; outputTokens: number };
}

/**
 * A Nova answer as Bedrock streams it through InvokeModelWithResponseStream: the Converse
 * stream's events, each chunk one event wrapped in its member name.
 * https://docs.aws.amazon.com/nova/latest/userguide/invoke.html
 */
export function novaTextStreamChunks(response: NovaResponse, pieces: readonly string[]): StreamChunk[] {
  return [
    { messageStart: { role: "assistant" } },
    ...pieces.map((text) => ({ contentBlockDelta: { delta: { text }, contentBlockIndex: 0 } })),
    { contentBlockStop: { contentBlockIndex: 0 } },
    { messageStop: { stopReason: response.stopReason } },
    {
      metadata: {
        usage: { inputTokens: response.usage.inputTokens, outputTokens: response.usage.outputTokens },
        metrics: {},
        trace: {},
      },
    },
  ];
}
