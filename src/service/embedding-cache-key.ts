import { createHash } from "node:crypto";
import { type EmbeddingRequest } from "../models/invocation.types";
import { type InvocationOptions } from "./invocation.types";
import { stableKey } from "./stable-key";

/**
 * The cache key of one embedding: the model id as given, every parameter (dimensions,
 * normalize, input type, and Bedrock's request options such as a guardrail, which may change
 * or refuse the answer) and the text. Hashed, so a long text makes a short key and a shared
 * store (Redis) never holds the text itself.
 */
export function embeddingCacheKey(modelId: string, request: EmbeddingRequest, options: InvocationOptions): string {
  const { text, ...parameters } = request;
  return createHash("sha256")
    .update(stableKey([modelId, parameters, options, text]))
    .digest("base64url");
}
