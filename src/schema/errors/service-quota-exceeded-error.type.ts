import { Field, Int, ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({ simpleResolvers: true, implements: BedrockError, description: "ServiceQuotaExceededException (400): an account quota is used up." })
export class ServiceQuotaExceededError extends BedrockError {
  @Field(() => Int, { nullable: true, description: "Seconds to wait before retrying, when known." })
  retryAfterSeconds!: number | null;
}
