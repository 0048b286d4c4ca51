import { GraphQLJSON } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { ToolChoiceMode } from "../enums/tool-choice-mode.enum";

@InputType({ description: "A tool the model may call." })
export class ToolInput {
  @Field(() => String, { description: "1–64 letters, digits, _ or -; unique in the request." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the tool does and when to use it: the model reads this." })
  description?: string | null;

  @Field(() => GraphQLJSON, { description: "A JSON Schema (type: object) for the tool's input." })
  inputSchema!: unknown;
}

@InputType({ description: "Whether and which tool the model calls: exactly one of mode or tool." })
export class ToolChoiceInput {
  @Field(() => ToolChoiceMode, { nullable: true })
  mode?: (typeof ToolChoiceMode)[keyof typeof ToolChoiceMode] | null;

  @Field(() => String, { nullable: true, description: "The one tool the model must call." })
  tool?: string | null;
}
