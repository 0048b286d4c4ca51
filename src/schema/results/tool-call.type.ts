import { GraphQLJSON } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { SchemaViolation } from "./schema-violation.type";

@ObjectType({ simpleResolvers: true, description: "A tool the model asks you to run. Send its result back in a toolResult block with this id." })
export class ToolCall {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => GraphQLJSON, { description: "The input the model wrote; a string when it was not JSON." })
  input!: unknown;

  @Field(() => [SchemaViolation], {
    description: "How the input breaks the tool's inputSchema; empty when it matches. Check before running the tool.",
  })
  inputViolations!: SchemaViolation[];
}
