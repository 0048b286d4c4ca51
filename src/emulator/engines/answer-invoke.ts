import { resolveBaseModelId } from "./base-model-id";
import { type EngineOutcome } from "./engine.types";
import { findEngine } from "./engine-registry";

// Bedrock's wording for a model id it cannot map to a foundation model (HTTP 404).
const UNKNOWN_MODEL_MESSAGE = "Could not resolve the foundation model from the provided model identifier.";

/**
 * What Bedrock would answer to InvokeModel on `modelId` (base id, Cross-Region profile id, or
 * ARN, already URL-decoded) with the parsed JSON `body`.
 */
export function answerInvoke(modelId: string, body: unknown): EngineOutcome {
  const baseModelId = resolveBaseModelId(modelId);
  const engine = baseModelId === undefined ? undefined : findEngine(baseModelId);
  if (baseModelId === undefined || engine === undefined) {
    return { ok: false, exception: "ResourceNotFoundException", message: UNKNOWN_MODEL_MESSAGE };
  }
  return engine(baseModelId, body);
}
