import { type Modality } from "../models/invocation.types";
import { listModelFamilies } from "../models/model-registry";

export interface ModelFamilyInfo {
  family: string;
  displayName: string;
  modality: Modality;
  /** Base model id prefixes the family answers to, e.g. `anthropic.claude-`. */
  modelIdPrefixes: string[];
}

export interface ModelCatalog {
  families(): ModelFamilyInfo[];
}

/** What the gateway can speak natively; any other model still works with a raw body. */
export function createModelCatalog(): ModelCatalog {
  const families = listModelFamilies();
  return { families: () => families };
}
