import { type IncomingMessage, type ServerResponse } from "node:http";
import { constants as http2Constants, type Http2ServerRequest, type Http2ServerResponse } from "node:http2";
import { type Readable } from "node:stream";
import { type BodyRead, type EmulatorRequest, type EmulatorResponse, type Exchange } from "./exchange.types";

/** Wraps Node's HTTP/1.1 request and response in the emulator's protocol-neutral exchange. */
export function exchangeFromHttp1(request: IncomingMessage, response: ServerResponse): Exchange {
  const answer = answerFrom(response, {
    contentLengthHeader: "Content-Length",
    // Node holds HTTP/1.1 headers back until the first body write unless told otherwise.
    flushHeaders: () => response.flushHeaders(),
    write: (part, written) => response.write(part, written),
    isGone: () => response.destroyed,
    drop: () => request.socket.destroy(),
  });
  return {
    // HTTP/1.1 clients read an early answer while still sending; the server discards the rest.
    request: requestFrom(request, answer.abandoned, "1.1", { answerTooLargeEarly: true }),
    response: answer.response,
  };
}

/** Wraps Node's HTTP/2 compatibility-API request and response in the same exchange. */
export function exchangeFromHttp2(request: Http2ServerRequest, response: Http2ServerResponse): Exchange {
  const answer = answerFrom(response, {
    contentLengthHeader: "content-length",
    // The compatibility API's writeHead already sent the HEADERS frame.
    flushHeaders: () => {},
    write: (part, written) => response.write(part, written),
    isGone: () => response.stream.destroyed,
    // RST_STREAM: before any HEADERS frame the client sees a stream error, not an answer; after
    // them, a stream that broke off.
    drop: () => response.stream.close(http2Constants.NGHTTP2_INTERNAL_ERROR),
  });
  return {
    // Over HTTP/2 an answer sent before the client finished sending lost the race: Node's
    // server reset the stream (ENHANCE_YOUR_CALM) and the SDK saw only a stream error.
    request: requestFrom(request, answer.abandoned, "2.0", { answerTooLargeEarly: false }),
    response: answer.response,
  };
}

/** What differs between the two protocols when answering. */
interface Transport {
  /** HTTP/1.1 keeps header case as given; HTTP/2 requires lower-case names. */
  contentLengthHeader: string;
  /** Sends the status and headers written so far without waiting for a body. */
  flushHeaders(): void;
  /** Writes one body part; `written` is called once it is handed to the connection, or failed. */
  write(part: Uint8Array, written: (error?: Error | null) => void): void;
  /** Whether the connection or stream is already destroyed, so nothing more can be written. */
  isGone(): boolean;
  drop(): void;
}

function answerFrom(response: ServerResponse | Http2ServerResponse, transport: Transport): { response: EmulatorResponse; abandoned: AbortSignal } {
  // Both response kinds emit 'close' when their connection or stream ends; a close before the
  // emulator finished its answer means the client gave up. The emulator's own flag, not
  // headersSent (an event stream sends headers long before it ends) nor writableFinished (when
  // the peer resets an HTTP/2 stream, Node ends the stream's writable side, so it reads as finished).
  let finished = false;
  const abandon = new AbortController();
  response.once("close", () => {
    if (!finished) abandon.abort();
  });
  const cannotAnswer = (): boolean => finished || response.headersSent || transport.isGone();
  return {
    abandoned: abandon.signal,
    response: {
      send(status, headers, body) {
        if (cannotAnswer()) return;
        finished = true;
        response.writeHead(status, { ...headers, [transport.contentLengthHeader]: String(Buffer.byteLength(body)) });
        response.end(body);
      },
      startStream(status, headers) {
        const started = !cannotAnswer();
        if (started) {
          // No Content-Length: HTTP/1.1 falls back to chunked encoding, HTTP/2 to DATA frames.
          response.writeHead(status, headers);
          transport.flushHeaders();
        }
        return {
          write: (part) => {
            if (!started || finished || abandon.signal.aborted || transport.isGone()) return Promise.resolve(false);
            return flushed(response, (written) => transport.write(part, written));
          },
          end: () => {
            if (!started || finished || transport.isGone()) return;
            finished = true;
            response.end();
          },
        };
      },
      drop() {
        finished = true;
        transport.drop();
      },
    },
  };
}

// Resolves true once the part left for the connection, so a frame is out before the next one
// is built and a drop that follows cannot discard it; false if the client went away first.
function flushed(response: ServerResponse | Http2ServerResponse, write: (written: (error?: Error | null) => void) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = (): void => resolve(false);
    response.once("close", onClose);
    write((error) => {
      response.off("close", onClose);
      resolve(!error);
    });
  });
}

function requestFrom(
  request: IncomingMessage | Http2ServerRequest,
  abandoned: AbortSignal,
  httpVersion: "1.1" | "2.0",
  bodyLimit: BodyLimitBehaviour,
): EmulatorRequest {
  const headers = plainHeaders(request.headers);
  const url = request.url ?? "/";
  const queryStart = url.indexOf("?");
  return {
    method: (request.method ?? "GET").toUpperCase(),
    path: queryStart === -1 ? url : url.slice(0, queryStart),
    httpVersion,
    headers,
    readBody: (limitBytes) => readBounded(request, Number(headers["content-length"]), limitBytes, bodyLimit),
    abandoned,
  };
}

function plainHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    // HTTP/2 pseudo-headers (:method, :path, :authority, :scheme) are routing data, not headers.
    if (name.startsWith(":") || value === undefined) continue;
    plain[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return plain;
}

interface BodyLimitBehaviour {
  /** Whether a body past the limit is answered at once, or only after the client sent all of it. */
  answerTooLargeEarly: boolean;
}

function readBounded(stream: Readable, declaredLength: number, limitBytes: number, { answerTooLargeEarly }: BodyLimitBehaviour): Promise<BodyRead> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (read: BodyRead): void => {
      if (settled) return;
      settled = true;
      resolve(read);
    };
    const chunks: Buffer[] = [];
    let received = 0;
    let tooLarge = declaredLength > limitBytes;
    const overLimit = (): void => {
      tooLarge = true;
      chunks.length = 0;
      if (answerTooLargeEarly) settle({ ok: false, reason: "too-large" });
    };
    // Past the limit the stream keeps flowing into this listener, which discards, so memory
    // stays bounded while the client finishes sending.
    stream.on("data", (chunk: Buffer) => {
      if (tooLarge) return;
      received += chunk.length;
      if (received > limitBytes) overLimit();
      else chunks.push(chunk);
    });
    stream.on("end", () => settle(tooLarge ? { ok: false, reason: "too-large" } : { ok: true, bytes: Buffer.concat(chunks) }));
    stream.on("close", () => settle({ ok: false, reason: "abandoned" }));
    stream.on("error", () => settle({ ok: false, reason: "abandoned" }));
    if (tooLarge) overLimit();
  });
}
