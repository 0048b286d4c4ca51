import { Field, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "What the model thought before answering. Send it back in a reasoning block to continue a tool loop (Claude requires it).",
})
export class Reasoning {
  @Field(() => String, { description: "The reasoning text (empty where the provider withholds it)." })
  text!: string;

  @Field(() => String, { nullable: true, description: "The provider's signature over the reasoning (Claude), to send back unchanged." })
  signature!: string | null;

  @Field(() => [String], { description: "Reasoning the provider encrypted (Claude's redacted thinking), to send back unchanged." })
  redactedData!: string[];
}
