import { GraphQLJSON } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType({ description: "Ask for a JSON answer matching a schema; TextResult.json holds it when it parsed and matched." })
export class ResponseFormatInput {
  @Field(() => GraphQLJSON, { description: "The JSON Schema the answer must match." })
  jsonSchema!: unknown;

  @Field(() => String, { nullable: true, description: "A name for the format (letters, digits, _ or -); `response` by default." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "What the answer is, for the model." })
  description?: string | null;
}
