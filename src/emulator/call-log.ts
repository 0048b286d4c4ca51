import { type InvokeModelExceptionName } from "./bedrock-exception";
import { type StreamExceptionName } from "./stream-exception";

/**
 * What became of a call: answered (for a stream: every event sent and the stream ended);
 * answered with an HTTP error (`ThrottlingException`…); a stream ended by an exception frame
 * (`throttlingException`…, the camelCase name the frame carries); dropped by a fault (before
 * or during a stream); abandoned (the client went away, or the emulator closed, before the
 * answer was complete); or still being worked on (waiting out injected latency, streaming).
 */
export type CallOutcome =
  | "pending"
  | "ok"
  /** Answered 200 with a body spoilt by a `corruptBody` fault. */
  | "corrupted"
  | "dropped"
  | "abandoned"
  | InvokeModelExceptionName
  | StreamExceptionName;

export type ModelOperation = "InvokeModel" | "InvokeModelWithResponseStream" | "Converse" | "ConverseStream";

/** One Bedrock Runtime call as the emulator received it. */
export interface RecordedCall {
  /** 1, 2, 3… in arrival order; cleared with the log. */
  id: number;
  operation: ModelOperation;
  /** The decoded model id, or the raw path segment when it was not valid percent-encoding. */
  modelId: string;
  /** The path as sent, percent-escapes kept. */
  path: string;
  httpVersion: "1.1" | "2.0";
  /** Lower-cased names; credential values redacted. Keeps amz-sdk-request and amz-sdk-invocation-id. */
  headers: Record<string, string>;
  /** The parsed JSON body, or null when it was not read or not JSON. */
  body: unknown;
  /** ISO 8601. */
  receivedAt: string;
  outcome: CallOutcome;
  /** Streaming operations only: event frames sent so far (exception frames not counted). */
  chunksSent?: number;
}

/** What a route fills in about a call as it learns it. */
export interface CallRecord {
  setBody(body: unknown): void;
  settle(outcome: Exclude<CallOutcome, "pending">): void;
  /** Counts one event frame sent by a streaming operation. */
  countChunk(): void;
}

// The log is served to anyone who can reach the admin route and may end up in test output,
// so it must not hold a usable credential. The scheme word stays: tests tell SigV4 from Bearer.
const CREDENTIAL_HEADERS = new Set(["authorization", "x-amz-security-token"]);

export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    redacted[name] = CREDENTIAL_HEADERS.has(name) ? redactCredential(value) : value;
  }
  return redacted;
}

function redactCredential(value: string): string {
  const scheme = /^(AWS4-HMAC-SHA256|Bearer)\s/i.exec(value);
  return scheme ? `${scheme[1]} [redacted]` : "[redacted]";
}

/** Whether the operation answers with an event stream. */
export function isStreamingOperation(operation: ModelOperation): boolean {
  return operation === "InvokeModelWithResponseStream" || operation === "ConverseStream";
}

/** Every call the emulator routed to a Bedrock operation, oldest first. */
export class CallLog {
  private readonly calls: RecordedCall[] = [];
  private nextId = 1;

  record(call: Omit<RecordedCall, "id" | "body" | "outcome" | "chunksSent">): CallRecord {
    const recorded: RecordedCall = {
      ...call,
      id: this.nextId++,
      headers: redactHeaders(call.headers),
      body: null,
      outcome: "pending",
      // From the start, so a stream cut off before its first event reads as such.
      ...(isStreamingOperation(call.operation) ? { chunksSent: 0 } : {}),
    };
    this.calls.push(recorded);
    return {
      setBody: (body) => {
        recorded.body = body;
      },
      settle: (outcome) => {
        recorded.outcome = outcome;
      },
      countChunk: () => {
        recorded.chunksSent = (recorded.chunksSent ?? 0) + 1;
      },
    };
  }

  list(): RecordedCall[] {
    return structuredClone(this.calls);
  }

  clear(): void {
    this.calls.length = 0;
    this.nextId = 1;
  }
}
