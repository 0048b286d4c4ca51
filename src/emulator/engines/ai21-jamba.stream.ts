import { type StreamChunk } from "./engine.types";

/** The parts of a Jamba chat completion its stream repeats. */
interface JambaResponse {
  id: string;
  choices: ReadonlyArray<{ index: number; finish_reason: string }>;
  usage: Readonly<Record<string, number>>;
}

/**
 * A Jamba answer streamed OpenAI-style: a chunk naming the assistant role,
 * one `delta.content` chunk per piece, then a chunk with an empty delta and the finish reason;
 * usage rides on the very last chunk. With several choices (`n`), each choice streams in turn
 * under its own index. Jamba's fields: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html
 */
export function jambaStreamChunks(response: JambaResponse, piecesByChoice: ReadonlyArray<readonly string[]>): StreamChunk[] {
  const chunks: StreamChunk[] = response.choices.flatMap((choice) => [
    { id: response.id, choices: [{ index: choice.index, delta: { role: "assistant", content: "" }, finish_reason: null }] },
    ...piecesByChoice[choice.index].map((content) => ({
      id: response.id,
      choices: [{ index: choice.index, delta: { content }, finish_reason: null }],
    })),
    { id: response.id, choices: [{ index: choice.index, delta: {}, finish_reason: choice.finish_reason }] },
  ]);
  const last = chunks.length - 1;
  chunks[last] = { ...chunks[last], usage: response.usage };
  return chunks;
}
