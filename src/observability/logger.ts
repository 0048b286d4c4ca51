import { pino, type Logger } from "pino";
import { redactUrlCredentials } from "../lib/redact-url-credentials";

/** Every string of a log call, top-level fields of its object included, without URL credentials. */
function redacted(argument: unknown): unknown {
  if (typeof argument === "string") return redactUrlCredentials(argument);
  if (argument === null || typeof argument !== "object" || argument instanceof Error || Array.isArray(argument)) return argument;
  return Object.fromEntries(Object.entries(argument).map(([key, value]) => [key, typeof value === "string" ? redactUrlCredentials(value) : value]));
}

/**
 * The gateway's JSON logger. Lines are written asynchronously: a synchronous write costs a
 * system call on every invocation's line, on the event loop that serves every request. pino
 * flushes what is buffered when the process exits. Any URL in a line loses its credentials
 * (`redis://***@cache`): endpoints come from settings, and settings may carry a password.
 */
export function createLogger(level: string, destination: string | number = 1): Logger {
  return pino(
    {
      level,
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map(redacted) as Parameters<typeof method>);
        },
      },
    },
    pino.destination({ dest: destination, sync: false }),
  );
}
