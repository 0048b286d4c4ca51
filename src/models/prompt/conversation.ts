import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem } from "../codec.types";
import { type ChatRole, type ContentBlock, type TextRequest } from "../invocation.types";

/** Where a family needs the user to speak: Claude and Nova open with the user, Cohere's `message` is the user's last turn. */
export interface TurnRules {
  userFirst: boolean;
  userLast: boolean;
}

/** One turn as codecs read it: its blocks (a plain-text turn is one text block) and its text alone. */
export interface Turn {
  role: ChatRole;
  blocks: ContentBlock[];
  /** The turn's text blocks joined, for families whose turns are plain text. */
  text: string;
}

function toTurn(role: ChatRole, blocks: ContentBlock[]): Turn {
  const text = blocks.flatMap((block) => (block.kind === "text" ? [block.text] : [])).join("\n");
  return { role, blocks, text };
}

/**
 * The request as a list of turns. A `prompt` is one user turn, so chat families send it as a
 * one-message conversation and prompt-template families wrap it in their template, as AWS's own
 * examples for each family do.
 */
export function readConversation(request: TextRequest, family: string, rules: TurnRules): Result<Turn[], CodecProblem> {
  const turns = (request.messages ?? [{ role: "user", content: request.prompt ?? "" }]).map((message) =>
    toTurn(message.role, message.blocks ?? [{ kind: "text", text: message.content ?? "" }]),
  );
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
