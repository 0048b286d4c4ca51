import { Field, InputType, Int } from "type-graphql";
import { ReasoningEffort } from "../enums/reasoning-effort.enum";

@InputType({ description: "Reasoning before the answer: exactly one of budgetTokens (Claude) or effort (Nova 2, gpt-oss), as the model takes it." })
export class ReasoningInput {
  @Field(() => Int, { nullable: true, description: "Most tokens to reason with (Claude: at least 1024, below maxTokens)." })
  budgetTokens?: number | null;

  @Field(() => ReasoningEffort, { nullable: true })
  effort?: (typeof ReasoningEffort)[keyof typeof ReasoningEffort] | null;
}
