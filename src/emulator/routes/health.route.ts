import { sendJson } from "../json-reply";
import { type Route } from "../route.types";

/** `GET /_emulator/health`: answers `{"status":"ok"}` once the emulator is listening. */
export function healthRoute(): Route {
  return {
    method: "GET",
    path: /^\/_emulator\/health$/,
    async handle({ response }) {
      sendJson(response, 200, { status: "ok" });
    },
  };
}
