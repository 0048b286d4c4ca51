import { resolveBaseModelId } from "./base-model-id";
import { type EngineRejection } from "./engine-outcome";
import { findModelFamily, type ModelFamily } from "./engine-registry";

// Bedrock's wording for a model id it cannot map to a foundation model (HTTP 404).
const UNKNOWN_MODEL_MESSAGE = "Could not resolve the foundation model from the provided model identifier.";

export type ModelResolution = ({ ok: true; baseModelId: string } & ModelFamily) | EngineRejection;

/**
 * The family of the foundation model `modelId` names (base id, Cross-Region profile id, or ARN,
 * already URL-decoded), or Bedrock's ResourceNotFoundException when it names none the emulator knows.
 */
export function resolveModelFamily(modelId: string): ModelResolution {
  const baseModelId = resolveBaseModelId(modelId);
  const family = baseModelId === undefined ? undefined : findModelFamily(baseModelId);
  if (baseModelId === undefined || family === undefined) {
    return { ok: false, exception: "ResourceNotFoundException", message: UNKNOWN_MODEL_MESSAGE };
  }
  return { ok: true, baseModelId, ...family };
}
