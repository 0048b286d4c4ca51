import { Field, Int, ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({
  simpleResolvers: true,
  implements: BedrockError,
  description: "ModelErrorException (424): the model itself failed to process the request.",
})
export class ModelError extends BedrockError {
  @Field(() => Int, { nullable: true, description: "HTTP status the model returned." })
  originalStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: "The resource that failed." })
  resourceName!: string | null;
}
