import { type ApolloClient } from "@apollo/client";
import { GenerateImageDocument } from "../../generated/graphql";
import { requestFailure, resultError, showError } from "./error-list";
import { byId } from "./page";

/** A prompt in, the generated images shown straight from their base64. */
export function mountImages(client: ApolloClient, errors: HTMLElement): void {
  const form = byId<HTMLFormElement>("image-form");
  const model = byId<HTMLInputElement>("image-model");
  const prompt = byId<HTMLInputElement>("image-prompt");
  const results = byId<HTMLDivElement>("image-results");

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    client
      .mutate({ mutation: GenerateImageDocument, variables: { modelId: model.value, prompt: prompt.value, width: 512, height: 512 } })
      .then(({ data, error }) => {
        if (error !== undefined) return showError(errors, requestFailure(error));
        const result = data?.invokeModel;
        if (result === undefined) return;
        if (result.__typename !== "ImageResult") return showError(errors, resultError(result));
        results.replaceChildren(
          ...result.images.map((image) => {
            const element = document.createElement("img");
            element.src = `data:${image.mimeType};base64,${image.base64}`;
            element.alt = prompt.value;
            element.width = image.width ?? 512;
            return element;
          }),
        );
      })
      .catch((error: unknown) => showError(errors, requestFailure(error)));
  });
}
