import { fail, type Result } from "../../lib/result";
import { type CodecProblem } from "../codec.types";
import { type ChatMessage, type TextRequest } from "../invocation.types";
import { readConversation, type TurnRules } from "./conversation";
import { checkTextOptions, type TextOptionLimits } from "./text-option-limits";

/**
 * A text request read as a family that builds its body from turns reads it: first its options
 * against the family's limits, then its conversation against the family's turn rules. The
 * first problem found is the one reported.
 */
export function readTextRequest(
  request: TextRequest,
  limits: TextOptionLimits,
  family: string,
  rules: TurnRules,
): Result<ChatMessage[], CodecProblem> {
  const optionProblem = checkTextOptions(request, limits, family);
  if (optionProblem !== null) return fail(optionProblem);
  return readConversation(request, family, rules);
}
