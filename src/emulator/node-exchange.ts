import { type IncomingMessage, type ServerResponse } from "node:http";
import { constants as http2Constants, type Http2ServerRequest, type Http2ServerResponse } from "node:http2";
import { type Readable } from "node:stream";
import { type BodyRead, type EmulatorRequest, type Exchange } from "./exchange.types";

/** Wraps Node's HTTP/1.1 request and response in the emulator's protocol-neutral exchange. */
export function exchangeFromHttp1(request: IncomingMessage, response: ServerResponse): Exchange {
  return {
    // HTTP/1.1 clients read an early answer while still sending; the server discards the rest.
    request: requestFrom(request, response, "1.1", { answerTooLargeEarly: true }),
    response: {
      send(status, headers, body) {
        if (response.destroyed || response.headersSent) return;
        response.writeHead(status, { ...headers, "Content-Length": String(Buffer.byteLength(body)) });
        response.end(body);
      },
      drop() {
        request.socket.destroy();
      },
    },
  };
}

/** Wraps Node's HTTP/2 compatibility-API request and response in the same exchange. */
export function exchangeFromHttp2(request: Http2ServerRequest, response: Http2ServerResponse): Exchange {
  return {
    // Over HTTP/2 an answer sent before the client finished sending lost the race: Node's
    // server reset the stream (ENHANCE_YOUR_CALM) and the SDK saw only a stream error.
    request: requestFrom(request, response, "2.0", { answerTooLargeEarly: false }),
    response: {
      send(status, headers, body) {
        if (response.stream.destroyed || response.headersSent) return;
        response.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(body)) });
        response.end(body);
      },
      drop() {
        // RST_STREAM without any HEADERS frame: the client sees a stream error, not an answer.
        response.stream.close(http2Constants.NGHTTP2_INTERNAL_ERROR);
      },
    },
  };
}

function requestFrom(
  request: IncomingMessage | Http2ServerRequest,
  response: ServerResponse | Http2ServerResponse,
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
    abandoned: abandonedSignal(response),
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

// Both response kinds emit 'close' when their connection or stream ends; a close before any
// answer went out means the client gave up. (Not writableFinished: when the peer resets an
// HTTP/2 stream, Node ends the stream's writable side, so it reads as finished.)
function abandonedSignal(response: ServerResponse | Http2ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once("close", () => {
    if (!response.headersSent) controller.abort();
  });
  return controller.signal;
}

interface BodyLimitBehaviour {
  /** Whether a body past the limit is answered at once, or only after the client sent all of it. */
  answerTooLargeEarly: boolean;
}

function readBounded(
  stream: Readable,
  declaredLength: number,
  limitBytes: number,
  { answerTooLargeEarly }: BodyLimitBehaviour,
): Promise<BodyRead> {
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
    stream.on("end", () =>
      settle(tooLarge ? { ok: false, reason: "too-large" } : { ok: true, bytes: Buffer.concat(chunks) }),
    );
    stream.on("close", () => settle({ ok: false, reason: "abandoned" }));
    stream.on("error", () => settle({ ok: false, reason: "abandoned" }));
    if (tooLarge) overLimit();
  });
}
