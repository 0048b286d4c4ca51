import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A caller's limits at this gateway; null means unlimited." })
export class CallerLimits {
  @Field(() => Int, { nullable: true, description: "Requests per minute (UTC minute windows)." })
  requestsPerMinute!: number | null;

  @Field(() => Int, { nullable: true, description: "Input plus output tokens per minute, as Bedrock reports them." })
  tokensPerMinute!: number | null;

  @Field(() => Int, { nullable: true, description: "Input plus output tokens per UTC day." })
  tokensPerDay!: number | null;
}
