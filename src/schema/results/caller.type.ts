import { Field, ObjectType } from "type-graphql";
import { CallerLimits } from "./caller-limits.type";

@ObjectType({ simpleResolvers: true, description: "The caller as the gateway knows them, and what its access policy grants them." })
export class Caller {
  @Field(() => String, { description: "Principal id: a JWT's sub, an API key's holder, or `anonymous`." })
  id!: string;

  @Field(() => [String], { description: "Groups from the policy file and the JWT's groups claim." })
  groups!: string[];

  @Field(() => String, { description: "How the caller authenticated: jwt, api-key or anonymous." })
  method!: string;

  @Field(() => [String], { description: "Model patterns allowed to the caller (`*` matches any run of characters)." })
  allowedModels!: string[];

  @Field(() => [String], { description: "Model patterns denied to the caller; a deny wins over any allow." })
  deniedModels!: string[];

  @Field(() => CallerLimits)
  limits!: CallerLimits;

  @Field(() => String, { nullable: true, description: "The tenant whose Bedrock settings serve the caller's calls; null for the gateway's own." })
  tenant!: string | null;
}
