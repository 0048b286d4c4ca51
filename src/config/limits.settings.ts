import { type z } from "zod";
import { positiveInt } from "./setting-schemas";

/** Bounds on what one request may ask for; each refused with a clear error before any upstream call. */
export interface OperationLimits {
  /** Deepest field nesting in an operation (fragments followed). Env: MAX_QUERY_DEPTH, default 10. */
  maxDepth: number;
  /** Most aliased fields in an operation; aliases are how one request fans out into many calls. Env: MAX_ALIASES, default 10. */
  maxAliases: number;
  /** Most lexical tokens in an operation's text; parsing stops past it. Env: MAX_QUERY_TOKENS, default 2000. */
  maxTokens: number;
  /** Most directives in an operation. Env: MAX_DIRECTIVES, default 20. */
  maxDirectives: number;
  /**
   * Largest HTTP request body and WebSocket message, in bytes: room for MAX_MEDIA_BYTES of media
   * in base64 and the rest of the operation. Env: MAX_BODY_BYTES, default 29360128 (28 MiB).
   */
  maxBodyBytes: number;
  /** Most media bytes (images, documents, video; decoded) in one invocation. Env: MAX_MEDIA_BYTES, default 20971520 (20 MiB). */
  maxMediaBytes: number;
  /** Longest prompt, system text, message, or embedding text, in characters. Env: MAX_PROMPT_CHARS, default 200000. */
  maxPromptChars: number;
  /** Most entries in any input list (messages, stop sequences). Env: MAX_LIST_LENGTH, default 100. */
  maxListLength: number;
  /** Deepest nesting of objects and arrays in a raw JSON `body`. Env: MAX_JSON_DEPTH, default 64. */
  maxJsonDepth: number;
  /**
   * One-shot invocations one principal may have in flight on one replica (an `invokeModels`
   * list counts each item). Env: MAX_CALLS_PER_CALLER, default 1000.
   */
  maxCallsPerCaller: number;
  /** Streams one principal may have open on one replica. Env: MAX_STREAMS_PER_CALLER, default 16. */
  maxStreamsPerCaller: number;
  /** Streams one WebSocket may have open. Env: MAX_STREAMS_PER_SOCKET, default 8. */
  maxStreamsPerSocket: number;
}

export const limitsVariables = {
  MAX_QUERY_DEPTH: positiveInt("MAX_QUERY_DEPTH", 100).default(10),
  MAX_ALIASES: positiveInt("MAX_ALIASES", 1_000).default(10),
  MAX_QUERY_TOKENS: positiveInt("MAX_QUERY_TOKENS", 1_000_000).default(2_000),
  MAX_DIRECTIVES: positiveInt("MAX_DIRECTIVES", 1_000).default(20),
  MAX_BODY_BYTES: positiveInt("MAX_BODY_BYTES", 100 * 1024 * 1024).default(28 * 1024 * 1024),
  MAX_MEDIA_BYTES: positiveInt("MAX_MEDIA_BYTES", 100 * 1024 * 1024).default(20 * 1024 * 1024),
  MAX_PROMPT_CHARS: positiveInt("MAX_PROMPT_CHARS", 10_000_000).default(200_000),
  MAX_LIST_LENGTH: positiveInt("MAX_LIST_LENGTH", 100_000).default(100),
  MAX_JSON_DEPTH: positiveInt("MAX_JSON_DEPTH", 1_000).default(64),
  MAX_CALLS_PER_CALLER: positiveInt("MAX_CALLS_PER_CALLER", 1_000_000).default(1_000),
  MAX_STREAMS_PER_CALLER: positiveInt("MAX_STREAMS_PER_CALLER", 100_000).default(16),
  MAX_STREAMS_PER_SOCKET: positiveInt("MAX_STREAMS_PER_SOCKET", 100_000).default(8),
};

type LimitsValues = z.infer<z.ZodObject<typeof limitsVariables>>;

export function readOperationLimits(values: LimitsValues): OperationLimits {
  return {
    maxDepth: values.MAX_QUERY_DEPTH,
    maxAliases: values.MAX_ALIASES,
    maxTokens: values.MAX_QUERY_TOKENS,
    maxDirectives: values.MAX_DIRECTIVES,
    maxBodyBytes: values.MAX_BODY_BYTES,
    maxMediaBytes: values.MAX_MEDIA_BYTES,
    maxPromptChars: values.MAX_PROMPT_CHARS,
    maxListLength: values.MAX_LIST_LENGTH,
    maxJsonDepth: values.MAX_JSON_DEPTH,
    maxCallsPerCaller: values.MAX_CALLS_PER_CALLER,
    maxStreamsPerCaller: values.MAX_STREAMS_PER_CALLER,
    maxStreamsPerSocket: values.MAX_STREAMS_PER_SOCKET,
  };
}
