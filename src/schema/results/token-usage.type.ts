import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Token counts as Bedrock reports them (response headers, else the model's body); null where not reported." })
export class TokenUsage {
  @Field(() => Int, { nullable: true })
  inputTokens!: number | null;

  @Field(() => Int, { nullable: true })
  outputTokens!: number | null;

  @Field(() => Int, { nullable: true, description: "inputTokens + outputTokens, when both are known." })
  totalTokens!: number | null;
}
