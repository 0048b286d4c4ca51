import { Field, Float, Int, ObjectType } from "type-graphql";
import { InvocationResult } from "./invocation-result.interface";
import { TokenUsage } from "./token-usage.type";

@ObjectType({ simpleResolvers: true, implements: InvocationResult, description: "An embedding vector." })
export class EmbeddingResult extends InvocationResult {
  @Field(() => [Float])
  embedding!: number[];

  @Field(() => Int, { description: "Length of the vector." })
  dimensions!: number;

  @Field(() => TokenUsage)
  usage!: TokenUsage;

  @Field(() => Boolean, {
    description: "True when the vector came from the gateway's embedding cache, without a Bedrock call (then requestId is null and attempts 0).",
  })
  cached!: boolean;
}
