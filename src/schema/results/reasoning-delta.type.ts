import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A piece of the model's reasoning, sent as the model writes it." })
export class ReasoningDelta {
  @Field(() => Int, { description: "Position of this piece in the stream, from 0, among all pieces." })
  index!: number;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: "The signature over the reasoning, on the piece that closes it (Claude)." })
  signature!: string | null;
}
