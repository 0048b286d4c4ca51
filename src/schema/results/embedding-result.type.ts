import { Field, Float, Int, ObjectType } from "type-graphql";
import { InvocationResult } from "./invocation-result.interface";
import { TokenUsage } from "./token-usage.type";

@ObjectType({ implements: InvocationResult, description: "An embedding vector." })
export class EmbeddingResult extends InvocationResult {
  @Field(() => [Float])
  embedding!: number[];

  @Field(() => Int, { description: "Length of the vector." })
  dimensions!: number;

  @Field(() => TokenUsage)
  usage!: TokenUsage;
}
