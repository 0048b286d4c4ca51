/**
 * One request and its response as the emulator's routes see them, the same for HTTP/1.1 and
 * HTTP/2, so each route is written once for both protocols.
 */
export interface EmulatorRequest {
  method: string;
  /** The path as sent, percent-escapes kept, without the query string. */
  path: string;
  httpVersion: "1.1" | "2.0";
  /** Header names lower-cased; HTTP/2 pseudo-headers left out; repeated headers joined with ", ". */
  headers: Readonly<Record<string, string>>;
  /** Reads the whole body, but never holds more than `limitBytes` of it. */
  readBody(limitBytes: number): Promise<BodyRead>;
  /**
   * Aborted when the client goes away (connection closed, stream reset) before the emulator
   * finished its answer: before `send`, or between `startStream` and the stream's `end`.
   */
  abandoned: AbortSignal;
}

/**
 * `too-large`: the body passed the limit (or its Content-Length says it will); the rest is read
 * and discarded, never held, so the client can finish sending and read the answer.
 * `abandoned`: the client went away mid-body.
 */
export type BodyRead = { ok: true; bytes: Buffer } | { ok: false; reason: "too-large" | "abandoned" };

export interface EmulatorResponse {
  /** Sends a complete answer. Header names keep their case on HTTP/1.1; HTTP/2 lower-cases them. */
  send(status: number, headers: Readonly<Record<string, string>>, body: string): void;
  /**
   * Starts an answer whose body follows in parts (an event stream): the status and headers go
   * out at once, each part as soon as it is written.
   */
  startStream(status: number, headers: Readonly<Record<string, string>>): AnswerStream;
  /**
   * Ends the exchange without a complete answer: the HTTP/1.1 socket is destroyed, the HTTP/2
   * stream reset. Before `startStream` the client gets no answer at all; after it, a broken stream.
   */
  drop(): void;
}

/** The body of an answer started with `startStream`. */
export interface AnswerStream {
  /**
   * Sends one part now. Resolves true once it has left for the connection (so it goes out in a
   * frame of its own, and backpressure is waited out), or false when the client has gone away.
   */
  write(part: Uint8Array): Promise<boolean>;
  /** Ends the body: the answer is complete. */
  end(): void;
}

export interface Exchange {
  request: EmulatorRequest;
  response: EmulatorResponse;
}
