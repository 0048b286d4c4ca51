import { type CallLog } from "../call-log";
import { sendJson } from "../json-reply";
import { type Route } from "../route.types";

/**
 * The call log's admin routes (no credential needed): `GET /_emulator/calls` lists every
 * Bedrock call received, oldest first; `DELETE /_emulator/calls` empties the log.
 */
export function callAdminRoutes(calls: CallLog): Route[] {
  return [
    {
      method: "GET",
      path: /^\/_emulator\/calls$/,
      async handle({ response }) {
        sendJson(response, 200, calls.list());
      },
    },
    {
      method: "DELETE",
      path: /^\/_emulator\/calls$/,
      async handle({ response }) {
        calls.clear();
        sendJson(response, 200, []);
      },
    },
  ];
}
