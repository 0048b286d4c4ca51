import { Field, Int, ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({ simpleResolvers: true, implements: BedrockError, description: "ThrottlingException (429): too many requests or tokens; slow down." })
export class ThrottlingError extends BedrockError {
  @Field(() => Int, { nullable: true, description: "Seconds to wait before retrying, when known." })
  retryAfterSeconds!: number | null;
}
