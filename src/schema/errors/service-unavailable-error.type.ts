import { Field, Int, ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({
  simpleResolvers: true,
  implements: BedrockError,
  description: "ServiceUnavailableException (503): the service, or the path to it, is unavailable.",
})
export class ServiceUnavailableError extends BedrockError {
  @Field(() => Int, { nullable: true, description: "Seconds to wait before retrying, when known." })
  retryAfterSeconds!: number | null;
}
