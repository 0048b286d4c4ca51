import { type TextChunk, type TextCodec, type ToolCallPiece } from "../models/codec.types";
import { TaggedReasoningStream } from "../models/content/tagged-reasoning";
import { parseToolInput } from "../models/content/tool-result-text";
import { type TextGeneration, type TextRequest, type TokenUsage } from "../models/invocation.types";
import { finishReasonOf } from "../models/prompt/finish-reason";
import { checkGeneration } from "./output-check";
import { type StreamEvent } from "./stream-event.types";

type DeltaEvent = Extract<StreamEvent, { kind: "delta" | "toolCallDelta" | "reasoningDelta" }>;

interface AssembledCall {
  toolIndex: number;
  id: string;
  name: string;
  inputJson: string;
}

/**
 * One stream's answer, built from its chunks as they arrive: text, reasoning and tool-call
 * pieces become delta events in arrival order, and at the end the whole answer is what a
 * one-shot call would have returned, checked the same way.
 *
 * With a responseFormat the family answers through a forced tool, that tool's input is the
 * answer: its pieces stream as text, as they would from a family that writes the JSON as text.
 */
export class StreamAssembly {
  private index = 0;
  private text = "";
  private reasoning = "";
  private signature: string | null = null;
  private readonly redacted: string[] = [];
  private readonly calls = new Map<number, AssembledCall>();
  private readonly tags: TaggedReasoningStream | null;
  private readonly formatTool: string | null;
  private readonly formatKeys = new Set<number>();
  /** The forced response-format call's input, streamed as text and checked as that call's JSON. */
  private formatJson: string | null = null;

  constructor(
    private readonly codec: TextCodec,
    private readonly request: TextRequest | null,
  ) {
    this.tags = codec.reasoningTags === undefined ? null : new TaggedReasoningStream(codec.reasoningTags);
    const format = request?.responseFormat;
    this.formatTool = format !== undefined && codec.capabilities.structuredOutput === "tool" ? format.name : null;
  }

  /** The delta events one chunk makes. */
  accept(chunk: TextChunk): DeltaEvent[] {
    const events: DeltaEvent[] = [];
    if (chunk.reasoning !== undefined) this.addReasoning(chunk.reasoning.text, chunk.reasoning.signature ?? null, events);
    if (chunk.reasoning?.redactedData !== undefined) this.redacted.push(chunk.reasoning.redactedData);
    if (this.tags === null) this.addText(chunk.text, events);
    else this.addSplit(this.tags.push(chunk.text), events);
    for (const piece of chunk.toolCalls ?? []) this.addToolPiece(piece, events);
    return events;
  }

  /** Whatever text was held back waiting to see whether it began a reasoning tag. */
  flush(): DeltaEvent[] {
    const events: DeltaEvent[] = [];
    if (this.tags !== null) this.addSplit(this.tags.end(), events);
    return events;
  }

  /** The whole answer, as the one-shot path would return it. */
  generation(stopReason: string | null, usage: TokenUsage): TextGeneration {
    const calls = [...this.calls.values()].map(({ id, name, inputJson }) => ({ id, name, input: parseToolInput(inputJson) }));
    const formatCall =
      this.formatTool === null || this.formatJson === null
        ? []
        : [{ id: "response-format", name: this.formatTool, input: parseToolInput(this.formatJson) }];
    const hasReasoning = this.reasoning.length > 0 || this.signature !== null || this.redacted.length > 0;
    const generation: TextGeneration = {
      modality: "TEXT",
      // The text before the forced call; the check puts the call's JSON after it, as it streamed.
      text: this.text,
      stopReason,
      finishReason: finishReasonOf(this.codec.finishReasons, stopReason),
      toolCalls: [...calls, ...formatCall],
      // As the one-shot answer gives it: tagged reasoning without the line breaks around it.
      reasoning: hasReasoning ? { text: this.reasoning.trim(), signature: this.signature, redactedData: [...this.redacted] } : null,
      usage,
    };
    return checkGeneration(generation, this.request, this.codec.capabilities.structuredOutput);
  }

  private addText(text: string, events: DeltaEvent[]): void {
    this.text += text;
    this.emitText(text, events);
  }

  /** A text delta; the forced response-format call's input streams this way without being the model's text. */
  private emitText(text: string, events: DeltaEvent[]): void {
    if (text.length === 0) return;
    events.push({ kind: "delta", index: this.index++, text });
  }

  private addReasoning(text: string, signature: string | null, events: DeltaEvent[]): void {
    if (signature !== null) this.signature = signature;
    if (text.length === 0 && signature === null) return;
    this.reasoning += text;
    events.push({ kind: "reasoningDelta", index: this.index++, text, signature });
  }

  private addSplit(split: { text: string; reasoning: string }, events: DeltaEvent[]): void {
    if (split.reasoning.length > 0) this.addReasoning(split.reasoning, null, events);
    this.addText(split.text, events);
  }

  private addToolPiece(piece: ToolCallPiece, events: DeltaEvent[]): void {
    if (this.formatKeys.has(piece.key) || (piece.name !== undefined && piece.name === this.formatTool && !this.calls.has(piece.key))) {
      this.formatKeys.add(piece.key);
      this.formatJson = (this.formatJson ?? "") + piece.inputJson;
      this.emitText(piece.inputJson, events);
      return;
    }
    let call = this.calls.get(piece.key);
    const first = call === undefined;
    if (call === undefined) {
      call = { toolIndex: this.calls.size, id: piece.id ?? `call_${this.calls.size}`, name: piece.name ?? "", inputJson: "" };
      this.calls.set(piece.key, call);
    }
    call.inputJson += piece.inputJson;
    if (!first && piece.inputJson.length === 0) return;
    events.push({
      kind: "toolCallDelta",
      index: this.index++,
      toolIndex: call.toolIndex,
      id: first ? call.id : null,
      name: first ? call.name : null,
      inputJson: piece.inputJson,
    });
  }
}
