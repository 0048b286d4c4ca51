import { type InvokeModelExceptionName } from "./bedrock-exception";

/**
 * What became of a call: answered; answered with an exception; dropped by a fault; abandoned
 * (the client went away, or the emulator closed, before an answer); or still being worked on
 * (waiting out injected latency, say).
 */
export type CallOutcome = "pending" | "ok" | "dropped" | "abandoned" | InvokeModelExceptionName;

/** One Bedrock Runtime call as the emulator received it. */
export interface RecordedCall {
  /** 1, 2, 3… in arrival order; cleared with the log. */
  id: number;
  operation: "InvokeModel";
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
}

/** What a route fills in about a call as it learns it. */
export interface CallRecord {
  setBody(body: unknown): void;
  settle(outcome: Exclude<CallOutcome, "pending">): void;
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

/** Every call the emulator routed to a Bedrock operation, oldest first. */
export class CallLog {
  private readonly calls: RecordedCall[] = [];
  private nextId = 1;

  record(call: Omit<RecordedCall, "id" | "body" | "outcome">): CallRecord {
    const recorded: RecordedCall = {
      ...call,
      id: this.nextId++,
      headers: redactHeaders(call.headers),
      body: null,
      outcome: "pending",
    };
    this.calls.push(recorded);
    return {
      setBody: (body) => {
        recorded.body = body;
      },
      settle: (outcome) => {
        recorded.outcome = outcome;
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
