import { Field, Int, ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({
  simpleResolvers: true,
  implements: BedrockError,
  description: "ModelNotReadyException (429): the model is not ready to serve yet; retry later.",
})
export class ModelNotReadyError extends BedrockError {
  @Field(() => Int, { nullable: true, description: "Seconds to wait before retrying, when known." })
  retryAfterSeconds!: number | null;
}
