import { GraphQLJSON } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { InvocationResult } from "./invocation-result.interface";
import { FinishReason } from "../enums/finish-reason.enum";
import { Reasoning } from "./reasoning.type";
import { SchemaViolation } from "./schema-violation.type";
import { TokenUsage } from "./token-usage.type";
import { ToolCall } from "./tool-call.type";

@ObjectType({ simpleResolvers: true, implements: InvocationResult, description: "Generated text." })
export class TextResult extends InvocationResult {
  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: "Why generation stopped, in the family's own words (end_turn, FINISH, length, …)." })
  stopReason!: string | null;

  @Field(() => FinishReason, { description: "Why generation stopped, the same words for every family." })
  finishReason!: (typeof FinishReason)[keyof typeof FinishReason];

  @Field(() => [ToolCall], { description: "Tools the model asks you to run (finishReason TOOL_USE); empty otherwise." })
  toolCalls!: ToolCall[];

  @Field(() => GraphQLJSON, { nullable: true, description: "With responseFormat: the answer parsed as JSON, set only when it matched the schema." })
  json!: unknown;

  @Field(() => [SchemaViolation], {
    description: "With responseFormat: how the answer breaks the schema (text keeps what the model wrote); empty when it matches.",
  })
  jsonViolations!: SchemaViolation[];

  @Field(() => Reasoning, { nullable: true, description: "The model's reasoning, where it reasoned and the family returns it." })
  reasoning!: Reasoning | null;

  @Field(() => TokenUsage)
  usage!: TokenUsage;

  @Field(() => GraphQLJSON, { nullable: true, description: "The provider's response body as Bedrock returned it." })
  raw!: unknown;
}
