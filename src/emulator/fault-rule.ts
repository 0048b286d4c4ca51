import { z } from "zod";
import { INVOKE_MODEL_EXCEPTION_NAMES } from "./bedrock-exception";

// Long enough for any timeout test, short enough that a typo cannot park a call for hours.
const MAXIMUM_LATENCY_MS = 600_000;

/**
 * The body of `POST /_emulator/faults`: what to do to the next `count` InvokeModel calls
 * (optionally only those for one exact model id). Unknown fields are rejected rather than
 * tolerated, because a misspelt field would silently inject nothing.
 */
export const faultRuleSchema = z
  .strictObject({
    /** Answer with this exception instead of the model's answer. */
    exception: z.enum(INVOKE_MODEL_EXCEPTION_NAMES).optional(),
    /** How many matching calls the rule applies to; each call uses one. Default 1. */
    count: z.int().min(1).default(1),
    /** Apply only to calls for exactly this (decoded) model id; absent: any model. */
    modelId: z.string().min(1).optional(),
    /** The exception's message; absent: a fixed message per exception. */
    message: z.string().min(1).optional(),
    /** ModelErrorException only: the status the model returned. Default 500. */
    originalStatusCode: z.int().min(100).max(599).optional(),
    /** ModelErrorException only: the failing resource. Default: the called model id. */
    resourceName: z.string().min(1).optional(),
    /** Wait this long before answering (normally, or with `exception`). */
    latencyMs: z.int().min(0).max(MAXIMUM_LATENCY_MS).optional(),
    /** Close the connection (HTTP/1.1) or reset the stream (HTTP/2) without answering. */
    dropConnection: z.boolean().optional(),
  })
  .superRefine((rule, context) => {
    if (rule.exception === undefined && rule.latencyMs === undefined && rule.dropConnection !== true) {
      context.addIssue({ code: "custom", message: "A fault needs exception, latencyMs or dropConnection." });
    }
    if (rule.exception !== undefined && rule.dropConnection === true) {
      context.addIssue({ code: "custom", message: "A dropped connection cannot also carry an exception." });
    }
    if (rule.message !== undefined && rule.exception === undefined) {
      context.addIssue({ code: "custom", path: ["message"], message: "message needs an exception." });
    }
    for (const member of ["originalStatusCode", "resourceName"] as const) {
      if (rule[member] !== undefined && rule.exception !== "ModelErrorException") {
        context.addIssue({ code: "custom", path: [member], message: `${member} belongs to ModelErrorException only.` });
      }
    }
  });

export type FaultRule = z.output<typeof faultRuleSchema>;

/** A rule as the fault plan holds it: an id to name it by, and how many calls it still applies to. */
export type StoredFault = FaultRule & { id: string; remaining: number };
