import { type StreamChunk } from "./engine.types";
import { streamPieces } from "./stream-pieces";

/** The parts of a Llama response its stream repeats. */
interface LlamaResponse {
  prompt_token_count: number;
  stop_reason: string;
}

/**
 * A Llama answer as Bedrock streams it: the response's four keys in every chunk, the prompt
 * count only on the first, the stop reason only on the last.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html
 */
export function llamaStreamChunks(response: LlamaResponse, pieces: readonly string[]): StreamChunk[] {
  return streamPieces(pieces).map((piece) => ({
    generation: piece.text,
    prompt_token_count: piece.first ? response.prompt_token_count : null,
    generation_token_count: piece.tokensSoFar,
    stop_reason: piece.last ? response.stop_reason : null,
  }));
}
