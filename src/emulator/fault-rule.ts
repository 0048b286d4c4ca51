import { z } from "zod";
import { INVOKE_MODEL_EXCEPTION_NAMES } from "./bedrock-exception";
import { STREAM_EXCEPTION_NAMES } from "./stream-exception";

// Long enough for any timeout test, short enough that a typo cannot park a call for hours.
const MAXIMUM_LATENCY_MS = 600_000;

// Exception members a rule may set, and the exceptions that carry each:
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html and
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html
const MEMBER_OWNERS = {
  originalStatusCode: ["ModelErrorException", "modelStreamErrorException"],
  resourceName: ["ModelErrorException"],
  originalMessage: ["modelStreamErrorException"],
} as const;

/**
 * The body of `POST /_emulator/faults`: what to do to the next `count` model calls (optionally
 * only those for one exact model id). Unknown fields are rejected rather than tolerated, because
 * a misspelt field would silently inject nothing.
 */
export const faultRuleSchema = z
  .strictObject({
    /** Answer with this exception (an HTTP error, before any stream starts) instead of the model's answer. */
    exception: z.enum(INVOKE_MODEL_EXCEPTION_NAMES).optional(),
    /** How many matching calls the rule applies to; each call uses one. Default 1. */
    count: z.int().min(1).default(1),
    /** Apply only to calls for exactly this (decoded) model id; absent: any model. */
    modelId: z.string().min(1).optional(),
    /** The exception's message (`exception` or `streamException`); absent: a fixed message per exception. */
    message: z.string().min(1).optional(),
    /** ModelErrorException or modelStreamErrorException: the status the model returned. Default 500. */
    originalStatusCode: z.int().min(100).max(599).optional(),
    /** ModelErrorException only: the failing resource. Default: the called model id. */
    resourceName: z.string().min(1).optional(),
    /** modelStreamErrorException only: what the model said. Default: a fixed message. */
    originalMessage: z.string().min(1).optional(),
    /** Wait this long before answering (normally, or with `exception`), or before a stream starts. */
    latencyMs: z.int().min(0).max(MAXIMUM_LATENCY_MS).optional(),
    /**
     * Close the connection (HTTP/1.1) or reset the stream (HTTP/2). Without `afterChunks`, before
     * any answer; with it, in the middle of an event stream.
     */
    dropConnection: z.boolean().optional(),
    /** Streams only: wait this long between one event frame and the next. */
    chunkDelayMs: z.int().min(0).max(MAXIMUM_LATENCY_MS).optional(),
    /** Streams only: after `afterChunks` event frames, send this exception frame and end the stream. */
    streamException: z.enum(STREAM_EXCEPTION_NAMES).optional(),
    /** With `streamException` or `dropConnection`: how many event frames go out first. Default 0. */
    afterChunks: z.int().min(0).optional(),
    /**
     * InvokeModel only: answer 200 with a body the client cannot use — `malformed` (not JSON),
     * `truncated` (the real answer cut in half) or `wrong-shape` (JSON, but not the family's).
     */
    corruptBody: z.enum(["malformed", "truncated", "wrong-shape"]).optional(),
  })
  .superRefine((rule, context) => {
    const problem = (message: string, path: string[] = []): void => context.addIssue({ code: "custom", path, message });
    const hasEffect =
      rule.exception !== undefined ||
      rule.latencyMs !== undefined ||
      rule.dropConnection === true ||
      rule.chunkDelayMs !== undefined ||
      rule.streamException !== undefined ||
      rule.corruptBody !== undefined;
    if (!hasEffect) {
      problem("A fault needs exception, latencyMs, dropConnection, chunkDelayMs, streamException or corruptBody.");
    }
    if (rule.corruptBody !== undefined && (rule.exception !== undefined || rule.dropConnection === true || isStreamOnly(rule))) {
      problem("corruptBody needs an answer to corrupt: not with exception, dropConnection or stream faults.", ["corruptBody"]);
    }
    if (rule.exception !== undefined && rule.dropConnection === true) {
      problem("A dropped connection cannot also carry an exception.");
    }
    if (rule.streamException !== undefined && (rule.exception !== undefined || rule.dropConnection === true)) {
      problem("streamException needs a stream, which neither exception nor dropConnection lets start.");
    }
    if (rule.chunkDelayMs !== undefined && rule.exception !== undefined) {
      problem("chunkDelayMs needs a stream, which exception does not let start.", ["chunkDelayMs"]);
    }
    if (rule.chunkDelayMs !== undefined && rule.dropConnection === true && rule.afterChunks === undefined) {
      problem("chunkDelayMs with dropConnection needs afterChunks; without it nothing is streamed.", ["chunkDelayMs"]);
    }
    if (rule.afterChunks !== undefined && rule.streamException === undefined && rule.dropConnection !== true) {
      problem("afterChunks needs streamException or dropConnection.", ["afterChunks"]);
    }
    if (rule.message !== undefined && rule.exception === undefined && rule.streamException === undefined) {
      problem("message needs an exception or a streamException.", ["message"]);
    }
    for (const member of Object.keys(MEMBER_OWNERS) as Array<keyof typeof MEMBER_OWNERS>) {
      const owners: readonly string[] = MEMBER_OWNERS[member];
      const owned = owners.includes(rule.exception ?? "") || owners.includes(rule.streamException ?? "");
      if (rule[member] !== undefined && !owned) problem(`${member} belongs to ${owners.join(" and ")} only.`, [member]);
    }
  });

export type FaultRule = z.output<typeof faultRuleSchema>;

/** A rule as the fault plan holds it: an id to name it by, and how many calls it still applies to. */
export type StoredFault = FaultRule & { id: string; remaining: number };

/**
 * Whether the rule does something only a stream has (pacing, a mid-stream exception or drop).
 * Such a rule waits for a streaming call rather than being used up by a plain one.
 */
export function isStreamOnly(rule: FaultRule): boolean {
  return rule.chunkDelayMs !== undefined || rule.streamException !== undefined || rule.afterChunks !== undefined;
}
