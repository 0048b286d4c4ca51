import { inputPieces } from "./conversation-reply";
import { type StreamChunk } from "./engine.types";
import { splitIntoPieces } from "./tokenizer";

/** A block of a Nova answer, as the one-shot response holds it. */
export type NovaAnswerBlock =
  | { text: string }
  | { reasoningContent: { reasoningText: { text: string; signature: string } } }
  | { toolUse: { toolUseId: string; name: string; input: unknown } };

/** The parts of a Nova response its stream repeats. */
interface NovaResponse {
  output: { message: { content: NovaAnswerBlock[] } };
  stopReason: string;
  usage: { inputTokens: number; outputTokens: number };
}

function blockChunks(block: NovaAnswerBlock, contentBlockIndex: number, textPieces: readonly string[]): StreamChunk[] {
  if ("text" in block) return textPieces.map((text) => ({ contentBlockDelta: { delta: { text }, contentBlockIndex } }));
  if ("reasoningContent" in block) {
    const { text, signature } = block.reasoningContent.reasoningText;
    return [
      ...splitIntoPieces(text).map((piece) => ({ contentBlockDelta: { delta: { reasoningContent: { text: piece } }, contentBlockIndex } })),
      // The signature comes last, just before the block closes.
      { contentBlockDelta: { delta: { reasoningContent: { signature } }, contentBlockIndex } },
    ];
  }
  const { toolUseId, name, input } = block.toolUse;
  return [
    { contentBlockStart: { start: { toolUse: { toolUseId, name } }, contentBlockIndex } },
    ...inputPieces(input).map((piece) => ({ contentBlockDelta: { delta: { toolUse: { input: piece } }, contentBlockIndex } })),
  ];
}

/**
 * A Nova answer as Bedrock streams it through InvokeModelWithResponseStream: the Converse
 * stream's events, each chunk one event wrapped in its member name — messageStart, each block's
 * deltas (text, reasoning then its signature, or a tool call started then its input JSON in
 * pieces) and its contentBlockStop, messageStop with the stop reason, metadata with usage.
 * https://docs.aws.amazon.com/nova/latest/userguide/invoke.html and the delta union:
 * https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ContentBlockDelta.html
 */
export function novaTextStreamChunks(response: NovaResponse, textPieces: readonly string[]): StreamChunk[] {
  return [
    { messageStart: { role: "assistant" } },
    ...response.output.message.content.flatMap((block, index) => [
      ...blockChunks(block, index, textPieces),
      { contentBlockStop: { contentBlockIndex: index } },
    ]),
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
