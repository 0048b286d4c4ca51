import { Field, Int, InterfaceType } from "type-graphql";

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
}
