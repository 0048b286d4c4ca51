import { Field, ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({
  simpleResolvers: true,
  implements: BedrockError,
  description: "ValidationException (400): the request is invalid; field names the input at fault when the gateway found it.",
})
export class ValidationError extends BedrockError {
  @Field(() => String, { nullable: true, description: "Input path at fault, e.g. input.text.maxTokens." })
  field!: string | null;
}
