import { fail, type Result } from "../../lib/result";
import { type CodecProblem } from "../codec.types";
import { checkContent } from "../content/check-content";
import { type FamilyCapabilities } from "../family-capabilities";
import { type TextRequest } from "../invocation.types";
import { readConversation, type Turn, type TurnRules } from "./conversation";
import { checkTextOptions, type TextOptionLimits } from "./text-option-limits";

/** How a family reads a text request: its option ranges, its turn rules, and what its body can carry. */
export interface TextFamilyRules {
  family: string;
  limits: TextOptionLimits;
  turns: TurnRules;
  capabilities: FamilyCapabilities;
}

/**
 * A text request read as a family reads it: first its options against the family's limits,
 * then what it asks for (tools, media, reasoning) against the family's capabilities, then its
 * conversation against the family's turn rules. The first problem found is the one reported.
 */
export function readTextRequest(request: TextRequest, rules: TextFamilyRules): Result<Turn[], CodecProblem> {
  const optionProblem = checkTextOptions(request, rules.limits, rules.family) ?? checkContent(request, rules.capabilities, rules.family);
  if (optionProblem !== null) return fail(optionProblem);
  return readConversation(request, rules.family, rules.turns);
}
