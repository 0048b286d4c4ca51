import { registerEnumType } from "type-graphql";

export const EmbeddingInputType = {
  SEARCH_DOCUMENT: "SEARCH_DOCUMENT",
  SEARCH_QUERY: "SEARCH_QUERY",
  CLASSIFICATION: "CLASSIFICATION",
  CLUSTERING: "CLUSTERING",
} as const;

registerEnumType(EmbeddingInputType, {
  name: "EmbeddingInputType",
  description: "What an embedding is for; models that embed documents and queries differently (Cohere Embed) use it.",
});
