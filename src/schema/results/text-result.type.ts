import { GraphQLJSON } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { InvocationResult } from "./invocation-result.interface";
import { TokenUsage } from "./token-usage.type";

@ObjectType({ simpleResolvers: true, implements: InvocationResult, description: "Generated text." })
export class TextResult extends InvocationResult {
  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: "Why generation stopped, in the family's own words (end_turn, FINISH, length, …)." })
  stopReason!: string | null;

  @Field(() => TokenUsage)
  usage!: TokenUsage;

  @Field(() => GraphQLJSON, { nullable: true, description: "The provider's response body as Bedrock returned it." })
  raw!: unknown;
}
