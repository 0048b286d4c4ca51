import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A piece of generated text, sent as soon as Bedrock streams it." })
export class TextDelta {
  @Field(() => Int, { description: "Position of this piece in the stream, from 0." })
  index!: number;

  @Field(() => String)
  text!: string;
}
