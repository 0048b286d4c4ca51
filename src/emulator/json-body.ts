import { type EmulatorRequest } from "./exchange.types";

export type JsonBodyRead =
  { ok: true; body: unknown } | { ok: false; reason: "too-large" | "not-json"; message: string } | { ok: false; reason: "abandoned" };

/** Reads a request body of at most `limitBytes` and parses it as JSON, whatever its Content-Type says. */
export async function readJsonBody(request: EmulatorRequest, limitBytes: number): Promise<JsonBodyRead> {
  const read = await request.readBody(limitBytes);
  if (!read.ok) {
    if (read.reason === "abandoned") return { ok: false, reason: "abandoned" };
    return { ok: false, reason: "too-large", message: `The request body is larger than ${limitBytes} bytes.` };
  }
  try {
    return { ok: true, body: JSON.parse(read.bytes.toString("utf8")) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: "not-json", message: `The request body is not valid JSON: ${detail}` };
  }
}
