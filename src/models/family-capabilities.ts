/** How much of one kind of media a family takes in one request, from its documented limits. */
export interface MediaLimit {
  formats: readonly string[];
  /** Largest item, in decoded bytes. */
  maxBytesPerItem: number;
  /** Most items of this kind in one request. */
  maxItems: number;
  /** Whether the family reads the bytes from S3 itself (an `s3Uri` source). */
  s3: boolean;
}

/** How the family expresses the caller's reasoning request; `always` families reason on every call and take no setting. */
export type ReasoningControl = "budget" | "effort" | "always";

/**
 * How a family carries `responseFormat`: `native` sends the JSON Schema in a field of its own and
 * the answer's text is the JSON; `tool` offers one tool whose input schema is the JSON Schema and
 * forces the model to call it, the call's input being the JSON.
 */
export type StructuredOutputMode = "native" | "tool";

/**
 * What a family's request body can carry beyond plain text turns. A family without a member
 * (null, false) has no field for it: asking for it is a validation error naming what it takes,
 * never a silently dropped input.
 */
export interface FamilyCapabilities {
  tools: boolean;
  image: MediaLimit | null;
  document: MediaLimit | null;
  video: MediaLimit | null;
  reasoning: ReasoningControl | null;
  structuredOutput: StructuredOutputMode | null;
  cachePoints: boolean;
  /** All media of one request together, in decoded bytes. */
  maxMediaBytes: number;
}

/** A family that takes text turns only. */
export const TEXT_ONLY: FamilyCapabilities = {
  tools: false,
  image: null,
  document: null,
  video: null,
  reasoning: null,
  structuredOutput: null,
  cachePoints: false,
  maxMediaBytes: 0,
};

export const MEBIBYTE = 1024 * 1024;
