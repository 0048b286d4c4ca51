import { request } from "node:http";

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawAnswer {
  status: number;
  /** Lower-cased names, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One plain HTTP/1.1 request with no SDK in between, as curl or botocore would send it; for
 * checking exactly what the emulator puts on the wire.
 */
export function sendHttp1(baseUrl: string, raw: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(new URL(raw.path, baseUrl), { method: raw.method, headers: raw.headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body });
      });
      incoming.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(raw.body);
  });
}
