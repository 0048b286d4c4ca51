import { ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({
  simpleResolvers: true,
  implements: BedrockError,
  description: "InternalServerException (500): Bedrock, or the gateway reading its answer, failed internally.",
})
export class InternalServerError extends BedrockError {}
