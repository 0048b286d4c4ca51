import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "Token counts as Bedrock reports them (response headers, else the model's body); null where not reported.",
})
export class TokenUsage {
  @Field(() => Int, { nullable: true })
  inputTokens!: number | null;

  @Field(() => Int, { nullable: true })
  outputTokens!: number | null;

  @Field(() => Int, { nullable: true, description: "inputTokens + outputTokens, when both are known." })
  totalTokens!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Prompt-cache tokens read (X-Amzn-Bedrock-Cache-Read-Input-Token-Count), when caching took part.",
  })
  cacheReadTokens!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Prompt-cache tokens written (X-Amzn-Bedrock-Cache-Write-Input-Token-Count), when caching took part.",
  })
  cacheWriteTokens!: number | null;
}
