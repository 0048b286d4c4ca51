/** One finished invocation, as operators see it. Holds no input text and no credentials. */
export interface InvocationRecord {
  requestId: string | null;
  /** The caller's principal id (`anonymous` without credentials). */
  principal: string;
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
  /** Answered from the embedding cache, without a call. */
  cached: boolean;
}

/** Told about invocations by the service layer; logging and metrics live behind it. */
export interface InvocationObserver {
  invocationFinished(record: InvocationRecord): void;
  streamOpened(): void;
  streamClosed(): void;
}
