import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "A piece of a tool call, sent as the model writes it. StreamCompleted.toolCalls has every call whole.",
})
export class ToolCallDelta {
  @Field(() => Int, { description: "Position of this piece in the stream, from 0, among all pieces." })
  index!: number;

  @Field(() => Int, { description: "Which call of the stream, from 0." })
  toolIndex!: number;

  @Field(() => String, { nullable: true, description: "The call's id, on its first piece." })
  id!: string | null;

  @Field(() => String, { nullable: true, description: "The tool's name, on its first piece." })
  name!: string | null;

  @Field(() => String, { description: "The next piece of the input's JSON text; the pieces joined are the whole input." })
  inputJson!: string;
}
