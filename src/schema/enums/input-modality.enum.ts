import { registerEnumType } from "type-graphql";

export const InputModality = {
  TEXT: "TEXT",
  IMAGE: "IMAGE",
  VIDEO: "VIDEO",
  AUDIO: "AUDIO",
  DOCUMENT: "DOCUMENT",
} as const;

registerEnumType(InputModality, { name: "InputModality", description: "What a model can take as input." });
