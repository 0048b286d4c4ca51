import { type EngineOutcome } from "./engine.types";

/**
 * One model family's stand-in for Bedrock: given the base foundation-model id (profile prefix and
 * ARN already removed, so an engine may vary by version) and the parsed request body, the answer
 * Bedrock would give.
 */
export type ModelEngine = (baseModelId: string, body: unknown) => EngineOutcome;
