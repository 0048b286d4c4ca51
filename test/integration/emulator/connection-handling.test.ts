import { InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { Agent, createServer as createHttpServer, request } from "node:http";
import { connect as connectHttp2 } from "node:http2";
import { type AddressInfo, connect, createServer, type Socket } from "node:net";
import { startEmulator } from "../../../src/emulator/emulator-server";
import { clearEmulator, fetchCalls, withEmulator } from "../../helpers/emulator-harness";
import { sendHttp1 } from "../../helpers/emulator-raw-http";
import { emulatorClient } from "../../helpers/emulator-sdk-client";

const HEALTH = { method: "GET", path: "/_emulator/health" };

describe("connections the emulator must survive", () => {
  const emulator = withEmulator();
  afterEach(() => clearEmulator(emulator.url));

  it("recognises an HTTP/2 preface that arrives split over many reads", async () => {
    const proxy = await startTricklingProxy(new URL(emulator.url).port);
    const client = emulatorClient(proxy.url);
    const output = await client.send(new InvokeModelCommand({ modelId: "amazon.titan-text-express-v1", body: '{"inputText":"hello"}' }));
    client.destroy();
    await proxy.close();
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(await fetchCalls(emulator.url)).toMatchObject([{ httpVersion: "2.0", outcome: "ok" }]);
  });

  it("serves HTTP/1.1 whose first read looks like the start of the HTTP/2 preface", async () => {
    const body = '{"latencyMs":1}';
    const reply = await exchangeRawBytes(emulator.url, [
      "P",
      `OST /_emulator/faults HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    ]);
    expect(reply).toMatch(/^HTTP\/1\.1 201 /);
  });

  it.each([
    ["half an HTTP/2 preface", ["PRI * HTTP/2.0\r\n"]],
    ["a full preface and then garbage", ["PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "not a settings frame at all"]],
    ["bytes that are no protocol at all", ["\u0000\u0001\u0002 hello"]],
    ["nothing", []],
  ])("keeps serving after a client sends %s and goes away", async (_description, pieces) => {
    await exchangeRawBytes(emulator.url, pieces).catch(() => "");
    expect((await sendHttp1(emulator.url, HEALTH)).status).toBe(200);
  });

  it("serves several requests on one kept-alive HTTP/1.1 connection", async () => {
    const httpAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const client = emulatorClient(emulator.url, { requestHandler: new NodeHttpHandler({ httpAgent }) });
    const command = (): InvokeModelCommand => new InvokeModelCommand({ modelId: "amazon.titan-text-express-v1", body: '{"inputText":"hello"}' });
    for (let call = 0; call < 3; call++) await client.send(command());
    client.destroy();
    expect(await fetchCalls(emulator.url)).toHaveLength(3);
  });

  it("closes promptly with kept-alive HTTP/1.1 connections and an HTTP/2 session still open", async () => {
    const own = await startEmulator({ port: 0 });
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      request(new URL("/_emulator/health", own.url), { agent }, (incoming) => {
        incoming.resume();
        incoming.on("end", resolve);
      })
        .on("error", reject)
        .end();
    });
    const session = connectHttp2(own.url);
    session.on("error", () => {});
    await new Promise<void>((resolve) => {
      const stream = session.request({ ":path": "/_emulator/health" });
      stream.resume();
      stream.on("end", resolve);
    });
    const sessionClosed = new Promise((resolve) => session.once("close", resolve));
    const startedAt = performance.now();
    await own.close();
    await sessionClosed;
    // Without closing them itself, the server would wait for idle HTTP/1.1 connections to time out
    // (and forever for an HTTP/2 session): promptly is well inside that timeout.
    expect(performance.now() - startedAt).toBeLessThan(createHttpServer().keepAliveTimeout / 2);
    agent.destroy();
    await expect(sendHttp1(own.url, HEALTH)).rejects.toThrow();
  });

  it("starts and stops many times in a row, each time on a free port", async () => {
    const ports = new Set<number>();
    for (let round = 0; round < 15; round++) {
      const own = await startEmulator({ port: 0 });
      ports.add(own.port);
      expect(own.url).toBe(`http://127.0.0.1:${own.port}`);
      const client = emulatorClient(own.url);
      const command = new InvokeModelCommand({ modelId: "amazon.titan-text-express-v1", body: '{"inputText":"hi"}' });
      await client.send(command);
      client.destroy();
      await own.close();
    }
    expect(ports.size).toBeGreaterThan(1);
  });

  it("reports a port that is already taken instead of crashing", async () => {
    const port = Number(new URL(emulator.url).port);
    await expect(startEmulator({ port })).rejects.toThrow(/EADDRINUSE/);
  });
});

/** Writes the pieces as separate TCP segments, then returns what the server sent before closing. */
function exchangeRawBytes(baseUrl: string, pieces: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(baseUrl).port), "127.0.0.1");
    socket.setNoDelay(true);
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
    socket.on("connect", () => {
      const sendPieces = async () => {
        for (const piece of pieces) {
          socket.write(piece);
          await pause(20);
        }
        // Give the server a moment to answer, then leave whether or not it did.
        await pause(50);
        socket.end();
      };
      sendPieces().catch(reject);
    });
  });
}

/**
 * A TCP proxy that forwards the first 24 bytes of each connection (the length of the HTTP/2
 * preface) four at a time with pauses between them, as a slow network would, and everything
 * after that unchanged.
 */
async function startTricklingProxy(targetPort: string): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(targetPort), "127.0.0.1");
    upstream.setNoDelay(true);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    upstream.pipe(client);
    client.once("data", (first: Buffer) => {
      client.pause();
      const forwardInPieces = async () => {
        for (let start = 0; start < 24; start += 4) {
          upstream.write(first.subarray(start, start + 4));
          await pause(5);
        }
        upstream.write(first.subarray(24));
        client.pipe(upstream);
        client.resume();
      };
      forwardInPieces().catch(() => client.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
