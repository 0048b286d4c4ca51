import { registerEnumType } from "type-graphql";

export const Modality = {
  TEXT: "TEXT",
  EMBEDDING: "EMBEDDING",
  IMAGE: "IMAGE",
} as const;

registerEnumType(Modality, { name: "Modality", description: "What a model produces." });
