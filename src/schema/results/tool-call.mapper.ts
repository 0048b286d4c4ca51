import { type ToolCall as ServiceToolCall } from "../../models/invocation.types";
import { ToolCall } from "./tool-call.type";

/** A tool call as GraphQL shows it: no violations listed means none were found. */
export function toToolCall(call: ServiceToolCall): ToolCall {
  return Object.assign(new ToolCall(), { id: call.id, name: call.name, input: call.input, inputViolations: call.inputViolations ?? [] });
}
