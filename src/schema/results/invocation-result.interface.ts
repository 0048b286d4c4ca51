import { Field, Float, Int, InterfaceType } from "type-graphql";

@InterfaceType({ description: "What every successful invocation reports, whatever it produced." })
export abstract class InvocationResult {
  @Field(() => String, { description: "The model id as given." })
  modelId!: string;

  @Field(() => String, { nullable: true, description: "AWS request id (x-amzn-RequestId), to quote to AWS support." })
  requestId!: string | null;

  @Field(() => Int, { description: "Milliseconds the gateway waited for Bedrock, retries included." })
  latencyMs!: number;

  @Field(() => Int, { nullable: true, description: "The model's own time as Bedrock reports it (X-Amzn-Bedrock-Invocation-Latency)." })
  modelLatencyMs!: number | null;

  @Field(() => Int, { description: "Upstream attempts, SDK retries included." })
  attempts!: number;

  @Field(() => String, { nullable: true, description: "The AWS Region that served the call (a fallback Region after failover)." })
  region!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Estimated on-demand price in US dollars from the model catalog's prices; null when the catalog has no price or Bedrock reported no counts.",
  })
  costUsd!: number | null;
}
