import { createServer as createHttp1Server } from "node:http";
import { createServer as createHttp2Server, type ServerHttp2Session } from "node:http2";
import { createServer as createNetServer, type AddressInfo, type Socket } from "node:net";
import { type Exchange } from "./exchange.types";
import { exchangeFromHttp1, exchangeFromHttp2 } from "./node-exchange";

// RFC 9113 §3.4: a client speaking HTTP/2 with prior knowledge opens with exactly these bytes.
const HTTP2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1");

export interface DualProtocolListenerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  onExchange(exchange: Exchange): void;
  logger(line: string): void;
}

export interface DualProtocolListener {
  port: number;
  /** Stops listening and destroys every open connection and HTTP/2 session at once. */
  close(): Promise<void>;
}

/**
 * One port serving HTTP/1.1 and cleartext HTTP/2. The JS SDK talks h2c with prior knowledge (its default
 * NodeHttp2Handler, https://github.com/smithy-lang/smithy-typescript; https://github.com/aws/aws-sdk-js-v3/issues/7041),
 * botocore and curl talk HTTP/1.1, and Node's `allowHTTP1` works only over TLS,
 * so each connection's first bytes decide which of two unlistened servers it is handed to.
 */
export function listenDualProtocol(options: DualProtocolListenerOptions): Promise<DualProtocolListener> {
  const { logger, onExchange } = options;
  const sockets = new Set<Socket>();
  const sessions = new Set<ServerHttp2Session>();

  const http1Server = createHttp1Server((request, response) => onExchange(exchangeFromHttp1(request, response)));
  const http2Server = createHttp2Server((request, response) => onExchange(exchangeFromHttp2(request, response)));
  http2Server.on("session", (session: ServerHttp2Session) => {
    sessions.add(session);
    session.on("close", () => sessions.delete(session));
    // An unhandled 'error' on a session would crash the process; a bad client must not.
    session.on("error", (error) => logger(`HTTP/2 session error: ${error.message}`));
  });

  const netServer = createNetServer((socket) => {
    sockets.add(socket);
    // Event streams write one small frame at a time; each should leave at once, not wait for
    // the previous one's acknowledgement (Nagle).
    socket.setNoDelay(true);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", (error) => logger(`connection error: ${error.message}`));
    handOverByPreface(socket, (isHttp2) => (isHttp2 ? http2Server : http1Server).emit("connection", socket));
  });
  netServer.on("error", (error) => logger(`listener error: ${error.message}`));

  return new Promise((resolve, reject) => {
    netServer.once("error", reject);
    netServer.listen(options.port, options.host, () => {
      netServer.off("error", reject);
      resolve({
        port: (netServer.address() as AddressInfo).port,
        close: () =>
          new Promise((closed) => {
            netServer.close(() => closed());
            for (const session of sessions) session.destroy();
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
}

/**
 * Reads until the bytes either are the whole HTTP/2 preface or stop matching it (a preface
 * may arrive split over several reads), then puts them back and hands the socket over.
 */
function handOverByPreface(socket: Socket, handOver: (isHttp2: boolean) => void): void {
  let received = Buffer.alloc(0);
  const onData = (chunk: Buffer): void => {
    received = Buffer.concat([received, chunk]);
    const compared = Math.min(received.length, HTTP2_PREFACE.length);
    const matchesSoFar = received.subarray(0, compared).equals(HTTP2_PREFACE.subarray(0, compared));
    if (matchesSoFar && received.length < HTTP2_PREFACE.length) return;
    socket.off("data", onData);
    socket.pause();
    socket.unshift(received);
    handOver(matchesSoFar);
    // The HTTP/2 session reads what is already buffered by itself on its next tick, and loses
    // it if the socket flows first; the HTTP/1.1 parser takes it only from a flowing socket.
    if (!matchesSoFar) socket.resume();
  };
  socket.on("data", onData);
}
