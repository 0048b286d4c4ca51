import { assertNever } from "../lib/assert-never";
import { type StreamEvent } from "../service/stream-event.types";
import { type BedrockError } from "./errors/bedrock-error.interface";
import { errorFromFailure } from "./errors/error-from-failure";
import { StreamCompleted } from "./results/stream-completed.type";
import { ReasoningDelta } from "./results/reasoning-delta.type";
import { TextDelta } from "./results/text-delta.type";
import { toToolCall } from "./results/tool-call.mapper";
import { ToolCallDelta } from "./results/tool-call-delta.type";
import { toTokenUsage } from "./results/token-usage.mapper";

/** The union member for one service stream event. */
export function toStreamEvent(event: StreamEvent): TextDelta | ToolCallDelta | ReasoningDelta | StreamCompleted | BedrockError {
  switch (event.kind) {
    case "delta":
      return Object.assign(new TextDelta(), { index: event.index, text: event.text });
    case "toolCallDelta": {
      const { kind: _kind, ...delta } = event;
      return Object.assign(new ToolCallDelta(), delta);
    }
    case "reasoningDelta": {
      const { kind: _kind, ...delta } = event;
      return Object.assign(new ReasoningDelta(), delta);
    }
    case "completed": {
      const { kind: _kind, usage, toolCalls, ...completed } = event;
      return Object.assign(new StreamCompleted(), completed, { usage: toTokenUsage(usage), toolCalls: toolCalls.map(toToolCall) });
    }
    case "failed":
      return errorFromFailure(event.failure);
    default:
      return assertNever(event, "stream event");
  }
}
