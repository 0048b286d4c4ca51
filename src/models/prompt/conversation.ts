import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem } from "../codec.types";
import { type ChatMessage, type TextRequest } from "../invocation.types";

/** Where a family needs the user to speak: Claude and Nova open with the user, Cohere's `message` is the user's last turn. */
export interface TurnRules {
  userFirst: boolean;
  userLast: boolean;
}

/**
 * The request as a list of turns. A `prompt` is one user turn, so chat families send it as a
 * one-message conversation and prompt-template families wrap it in their template, as AWS's own
 * examples for each family do.
 */
export function readConversation(request: TextRequest, family: string, rules: TurnRules): Result<ChatMessage[], CodecProblem> {
  const turns = request.messages ?? [{ role: "user", content: request.prompt ?? "" }];
  const first = turns.at(0);
  const last = turns.at(-1);
  if (first === undefined || last === undefined) {
    return fail({ field: "messages", message: `${family} needs at least one message` });
  }
  if (rules.userFirst && first.role !== "user") {
    return fail({ field: "messages", message: `${family} needs the first message to come from the user; it came from the ${first.role}` });
  }
  if (rules.userLast && last.role !== "user") {
    return fail({ field: "messages", message: `${family} needs the last message to come from the user; it came from the ${last.role}` });
  }
  return ok(turns);
}
