import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { type RequestContext } from "../context";
import { type ModelFilter as CatalogFilter } from "../service/model-catalog";
import { toFoundationModel } from "./foundation-model.mapper";
import { ModelFilter } from "./inputs/model-filter.input";
import { FoundationModel } from "./results/foundation-model.type";

/** GraphQL sends null for an omitted member; the catalog takes absent. */
function toCatalogFilter(filter: ModelFilter | null | undefined): CatalogFilter {
  const narrowed: CatalogFilter = {};
  if (filter?.modality != null) narrowed.modality = filter.modality;
  if (filter?.provider != null) narrowed.provider = filter.provider;
  if (filter?.streaming != null) narrowed.streaming = filter.streaming;
  return narrowed;
}

@Resolver()
export class ModelCatalogResolver {
  @Query(() => [FoundationModel], { description: "Models in the gateway's catalog, with capabilities and prices." })
  models(@Arg("filter", () => ModelFilter, { nullable: true }) filter: ModelFilter | null, @Ctx() context: RequestContext): FoundationModel[] {
    return context.services.catalog.models(toCatalogFilter(filter)).map(toFoundationModel);
  }

  @Query(() => FoundationModel, {
    nullable: true,
    description: "One model by any id form (base id, inference profile id, ARN); null when the catalog does not list it.",
  })
  model(@Arg("id", () => String) id: string, @Ctx() context: RequestContext): FoundationModel | null {
    const model = context.services.catalog.model(id);
    return model === null ? null : toFoundationModel(model);
  }
}
