import { type EmulatorResponse } from "./exchange.types";

/** Answers an admin route with a JSON value. */
export function sendJson(response: EmulatorResponse, status: number, value: unknown): void {
  response.send(status, { "Content-Type": "application/json" }, JSON.stringify(value));
}
