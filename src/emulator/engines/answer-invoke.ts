import { type EngineOutcome } from "./engine.types";
import { resolveModelFamily } from "./resolve-model-family";

/**
 * What Bedrock would answer to InvokeModel on `modelId` (base id, Cross-Region profile id, or
 * ARN, already URL-decoded) with the parsed JSON `body`.
 */
export function answerInvoke(modelId: string, body: unknown): EngineOutcome {
  const family = resolveModelFamily(modelId);
  return family.ok ? family.engine(family.baseModelId, body) : family;
}
