import { pino, type Logger } from "pino";

/**
 * The gateway's JSON logger. Lines are written asynchronously: a synchronous write costs a
 * system call on every invocation's line, on the event loop that serves every request. pino
 * flushes what is buffered when the process exits.
 */
export function createLogger(level: string, destination: string | number = 1): Logger {
  return pino({ level }, pino.destination({ dest: destination, sync: false }));
}
