import { ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({
  simpleResolvers: true,
  implements: BedrockError,
  description: "AccessDeniedException (403): the caller may not use this model or operation.",
})
export class AccessDeniedError extends BedrockError {}
