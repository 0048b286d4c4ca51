import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Where a value the model wrote breaks the JSON Schema it was asked to match." })
export class SchemaViolation {
  @Field(() => String, { description: "A JSON Pointer into the value; empty for the value as a whole." })
  path!: string;

  @Field(() => String)
  message!: string;
}
