import { type CatalogEntry } from "../models/catalog/model-catalog.schema";
import { type Modality } from "../models/invocation.types";
import { parseModelId } from "../models/model-id";
import { listModelFamilies, resolveModel } from "../models/model-registry";

export interface ModelFamilyInfo {
  family: string;
  displayName: string;
  modality: Modality;
  /** Base model id prefixes the family answers to, e.g. `anthropic.claude-`. */
  modelIdPrefixes: string[];
}

/** A catalog entry with the codec family that speaks for it; `family` is null for a model only a raw body reaches. */
export interface CatalogModel extends CatalogEntry {
  family: string | null;
}

/** Every member narrows the list; absent members do not. */
export interface ModelFilter {
  modality?: Modality;
  /** Provider name, case-insensitive, e.g. `anthropic` or `Anthropic`. */
  provider?: string;
  streaming?: boolean;
}

export interface ModelCatalog {
  families(): ModelFamilyInfo[];
  /** Catalog models matching the filter, in catalog order. */
  models(filter?: ModelFilter): CatalogModel[];
  /** The entry for the foundation model any id form names (base id, profile id, ARN); null when the catalog has none. */
  model(modelId: string): CatalogModel | null;
}

function matches(model: CatalogModel, filter: ModelFilter): boolean {
  if (filter.modality !== undefined && model.outputModality !== filter.modality) return false;
  if (filter.provider !== undefined && model.provider.toLowerCase() !== filter.provider.toLowerCase()) return false;
  if (filter.streaming !== undefined && model.streaming !== filter.streaming) return false;
  return true;
}

/** What the gateway knows about models: codec families from the registry, facts and prices from the catalog entries. */
export function createModelCatalog(entries: CatalogEntry[]): ModelCatalog {
  const families = listModelFamilies();
  const models: CatalogModel[] = entries.map((entry) => {
    const resolved = resolveModel(entry.modelId);
    return { ...entry, family: resolved.ok ? (resolved.value.codec?.family ?? null) : null };
  });
  const byId = new Map(models.map((model) => [model.modelId, model]));
  return {
    families: () => families,
    models: (filter = {}) => models.filter((model) => matches(model, filter)),
    model(modelId) {
      const id = parseModelId(modelId);
      if (!id.ok || id.value.baseModelId === null) return null;
      return byId.get(id.value.baseModelId) ?? null;
    },
  };
}
