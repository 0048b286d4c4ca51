import { GraphQLJSON } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { FinishReason } from "../enums/finish-reason.enum";
import { Reasoning } from "./reasoning.type";
import { SchemaViolation } from "./schema-violation.type";
import { ToolCall } from "./tool-call.type";
import { TokenUsage } from "./token-usage.type";

@ObjectType({ simpleResolvers: true, description: "The last event of a successful stream." })
export class StreamCompleted {
  @Field(() => String, { description: "The model id as given." })
  modelId!: string;

  @Field(() => String, { nullable: true, description: "AWS request id (x-amzn-RequestId)." })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: "Why generation stopped, in the family's own words." })
  stopReason!: string | null;

  @Field(() => FinishReason)
  finishReason!: (typeof FinishReason)[keyof typeof FinishReason];

  @Field(() => [ToolCall], { description: "Every tool call of the stream, whole and checked against its tool's schema." })
  toolCalls!: ToolCall[];

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "With responseFormat: the streamed answer parsed as JSON, set only when it matched the schema.",
  })
  json!: unknown;

  @Field(() => [SchemaViolation], { description: "With responseFormat: how the answer breaks the schema; empty when it matches." })
  jsonViolations!: SchemaViolation[];

  @Field(() => Reasoning, { nullable: true, description: "The whole reasoning, with its signature, to send back in the next turn." })
  reasoning!: Reasoning | null;

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
