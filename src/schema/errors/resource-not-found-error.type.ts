import { ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({
  simpleResolvers: true,
  implements: BedrockError,
  description: "ResourceNotFoundException (404): the model or resource does not exist here.",
})
export class ResourceNotFoundError extends BedrockError {}
