import { ObjectType } from "type-graphql";
import { BedrockError } from "./bedrock-error.interface";

@ObjectType({
  simpleResolvers: true,
  implements: BedrockError,
  description: "ModelTimeoutException (408): the model took too long; also the gateway's own deadline.",
})
export class ModelTimeoutError extends BedrockError {}
