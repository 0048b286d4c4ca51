import { type ApolloClient } from "@apollo/client";
import { EmbedManyDocument, EmbedTextDocument } from "../../generated/graphql";
import { cosine } from "./cosine";
import { requestFailure, resultError, showError, type ShownError } from "./error-list";
import { byId } from "./page";

/**
 * Semantic search in the browser: the documents are embedded once (one `invokeModels` list, kept
 * by text), each query is embedded, and the documents are ranked by cosine similarity.
 */
export function mountSearch(client: ApolloClient, errors: HTMLElement): void {
  const form = byId<HTMLFormElement>("search-form");
  const model = byId<HTMLInputElement>("search-model");
  const documents = byId<HTMLTextAreaElement>("search-documents");
  const query = byId<HTMLInputElement>("search-query");
  const results = byId<HTMLOListElement>("search-results");
  const vectors = new Map<string, number[]>();

  const embedNew = async (texts: string[]): Promise<ShownError | undefined> => {
    const missing = texts.filter((text) => !vectors.has(text));
    if (missing.length === 0) return undefined;
    const { data, error } = await client.mutate({
      mutation: EmbedManyDocument,
      variables: { inputs: missing.map((text) => ({ modelId: model.value, embedding: { text } })) },
    });
    if (error !== undefined) return requestFailure(error);
    for (const [index, result] of (data?.invokeModels ?? []).entries()) {
      if (result.__typename !== "EmbeddingResult") return resultError(result);
      vectors.set(missing[index]!, result.embedding);
    }
    return undefined;
  };

  const search = async () => {
    const texts = documents.value
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    const failed = await embedNew(texts);
    if (failed !== undefined) return showError(errors, failed);
    const { data, error } = await client.mutate({ mutation: EmbedTextDocument, variables: { modelId: model.value, text: query.value } });
    if (error !== undefined) return showError(errors, requestFailure(error));
    const result = data?.invokeModel;
    if (result === undefined) return;
    if (result.__typename !== "EmbeddingResult") return showError(errors, resultError(result));
    const ranked = texts.map((text) => ({ text, score: cosine(result.embedding, vectors.get(text)!) })).sort((a, b) => b.score - a.score);
    results.replaceChildren(
      ...ranked.map(({ text, score }) => {
        const item = document.createElement("li");
        item.dataset.score = score.toFixed(4);
        item.textContent = `${score.toFixed(3)} ${text}`;
        return item;
      }),
    );
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search().catch((error: unknown) => showError(errors, requestFailure(error)));
  });
}
