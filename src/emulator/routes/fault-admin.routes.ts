import { z } from "zod";
import { type FaultPlan } from "../fault-plan";
import { faultRuleSchema } from "../fault-rule";
import { readJsonBody } from "../json-body";
import { sendJson } from "../json-reply";
import { type Route } from "../route.types";

// A fault rule is a few hundred bytes; anything near this is a mistake.
const MAXIMUM_RULE_BYTES = 64 * 1024;

/**
 * The fault plan's admin routes, for tests and demos (no credential needed):
 * `POST /_emulator/faults` adds a rule (201, the stored rule with its id),
 * `GET /_emulator/faults` lists the rules not yet used up, `DELETE /_emulator/faults` drops them all.
 */
export function faultAdminRoutes(faults: FaultPlan): Route[] {
  return [
    {
      method: "POST",
      path: /^\/_emulator\/faults$/,
      async handle({ request, response }) {
        const bodyRead = await readJsonBody(request, MAXIMUM_RULE_BYTES);
        if (!bodyRead.ok) {
          if (bodyRead.reason !== "abandoned") sendJson(response, 400, { message: bodyRead.message });
          return;
        }
        const parsed = faultRuleSchema.safeParse(bodyRead.body);
        if (!parsed.success) {
          sendJson(response, 400, { message: `Invalid fault rule: ${z.prettifyError(parsed.error)}` });
          return;
        }
        sendJson(response, 201, faults.add(parsed.data));
      },
    },
    {
      method: "GET",
      path: /^\/_emulator\/faults$/,
      async handle({ response }) {
        sendJson(response, 200, faults.list());
      },
    },
    {
      method: "DELETE",
      path: /^\/_emulator\/faults$/,
      async handle({ response }) {
        faults.clear();
        sendJson(response, 200, []);
      },
    },
  ];
}
