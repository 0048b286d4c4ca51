import { type CatalogEntry } from "../models/catalog/model-catalog.schema";
import { type FamilyCapabilities, type MediaLimit, type ReasoningControl } from "../models/family-capabilities";
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

/** One kind of media a model takes through the gateway, with its family's limits. */
export interface MediaCapability extends MediaLimit {
  modality: "IMAGE" | "DOCUMENT" | "VIDEO";
}

/** What a text model can do through the gateway's normalized input: the catalog's facts about the model within what its family's body can carry. */
export interface ModelCapabilities {
  tools: boolean;
  structuredOutput: boolean;
  reasoning: ReasoningControl | null;
  cachePoints: boolean;
  media: MediaCapability[];
  maxMediaBytes: number;
}

/** A catalog entry with the codec family that speaks for it; `family` is null for a model only a raw body reaches. */
export interface CatalogModel extends CatalogEntry {
  family: string | null;
  /** Null for models without a text codec. */
  capabilities: ModelCapabilities | null;
}

const MEDIA_KINDS = [
  ["IMAGE", "image"],
  ["DOCUMENT", "document"],
  ["VIDEO", "video"],
] as const;

function capabilitiesOf(entry: CatalogEntry, family: FamilyCapabilities): ModelCapabilities {
  const tools = family.tools && entry.tools;
  const media = MEDIA_KINDS.flatMap(([modality, kind]) => {
    const limit = family[kind];
    return limit !== null && entry.inputModalities.includes(modality) ? [{ modality, ...limit }] : [];
  });
  return {
    tools,
    // Families that answer in JSON through a forced tool can do so only where the model takes tools.
    structuredOutput: family.structuredOutput === "native" || (family.structuredOutput === "tool" && tools),
    reasoning: entry.reasoning ? family.reasoning : null,
    cachePoints: family.cachePoints,
    media,
    maxMediaBytes: media.length === 0 ? 0 : family.maxMediaBytes,
  };
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
    const codec = resolved.ok ? resolved.value.codec : null;
    return { ...entry, family: codec?.family ?? null, capabilities: codec?.modality === "TEXT" ? capabilitiesOf(entry, codec.capabilities) : null };
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
