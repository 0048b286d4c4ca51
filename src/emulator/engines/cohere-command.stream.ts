import { type StreamChunk } from "./engine.types";

/** The parts of a Command R response its stream repeats. */
interface CommandResponse {
  generation_id: string;
  finish_reason: string;
  tool_calls?: ReadonlyArray<{ name: string; parameters: unknown }>;
}

/**
 * A Command R answer as Cohere's chat stream sends it: stream-start, one text-generation event
 * per piece, a tool-calls-generation event with the calls whole when the model calls tools, and
 * stream-end carrying the finish reason and the whole non-streamed response.
 * The response itself: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html
 */
export function cohereCommandStreamChunks(response: CommandResponse, pieces: readonly string[]): StreamChunk[] {
  return [
    { is_finished: false, event_type: "stream-start", generation_id: response.generation_id },
    ...pieces.map((text) => ({ is_finished: false, event_type: "text-generation", text })),
    ...(response.tool_calls === undefined ? [] : [{ is_finished: false, event_type: "tool-calls-generation", tool_calls: response.tool_calls }]),
    { is_finished: true, event_type: "stream-end", finish_reason: response.finish_reason, response },
  ];
}
