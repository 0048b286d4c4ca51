/** Who asked for an invocation, for the log line and metrics; not used to decide anything. */
export interface CallerInfo {
  /** The gateway's id for the GraphQL operation. */
  requestId: string;
  /** The authenticated principal, when auth is configured; null for an anonymous caller. */
  principal?: string | null;
}

/** One finished invocation, as operators see it. Holds no input text and no credentials. */
export interface InvocationRecord {
  requestId: string | null;
  principal: string | null;
  modelId: string;
  /** The output's modality on success (`TEXT`, `EMBEDDING`, `IMAGE`), else the failure kind. */
  outcome: string;
  ok: boolean;
  /** Who decided a failure; null on success. */
  source: "BEDROCK" | "GATEWAY" | null;
  latencyMs: number;
  inputTokens: number | null;
  outputTokens: number | null;
  /** Upstream attempts, SDK retries included; 0 when nothing was sent. */
  attempts: number;
  streamed: boolean;
}

/** Told about invocations by the service layer; logging and metrics live behind it. */
export interface InvocationObserver {
  invocationFinished(record: InvocationRecord): void;
  streamOpened(): void;
  streamClosed(): void;
}
