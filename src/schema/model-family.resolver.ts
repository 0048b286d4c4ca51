import { Ctx, Query, Resolver } from "type-graphql";
import { type RequestContext } from "../context";
import { ModelFamily } from "./results/model-family.type";

@Resolver()
export class ModelFamilyResolver {
  @Query(() => [ModelFamily], { description: "Model families with normalized input; any other model id works with a raw body." })
  modelFamilies(@Ctx() context: RequestContext): ModelFamily[] {
    return context.services.catalog.families().map((family) => Object.assign(new ModelFamily(), family));
  }
}
