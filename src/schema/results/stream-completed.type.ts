import { Field, Float, Int, ObjectType } from "type-graphql";
import { TokenUsage } from "./token-usage.type";

@ObjectType({ simpleResolvers: true, description: "The last event of a successful stream." })
export class StreamCompleted {
  @Field(() => String, { description: "The model id as given." })
  modelId!: string;

  @Field(() => String, { nullable: true, description: "AWS request id (x-amzn-RequestId)." })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: "Why generation stopped, in the family's own words." })
  stopReason!: string | null;

  @Field(() => TokenUsage)
  usage!: TokenUsage;

  @Field(() => String, { nullable: true, description: "The AWS Region that served the stream (a fallback Region after failover)." })
  region!: string | null;

  @Field(() => Float, { nullable: true, description: "Estimated on-demand price in US dollars from the model catalog's prices." })
  costUsd!: number | null;

  @Field(() => Int, { description: "Milliseconds from sending the request to the end of the stream." })
  latencyMs!: number;

  @Field(() => Int, { nullable: true, description: "Milliseconds from sending the request to the first text." })
  firstTokenLatencyMs!: number | null;
}
