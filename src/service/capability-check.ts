import { invalidInput, type Failure } from "../lib/failure";
import { type ModelId } from "../models/model-id";
import { type ValidatedInvocation } from "./invocation-input.schema";
import { type CatalogModel, type ModelCatalog } from "./model-catalog";

/** Which operation the caller asked for: streaming is a capability some models lack. */
export type InvocationOperation = "invoke" | "stream";

// Only a bare foundation-model id (or its ARN) is refused for a profile-only model; profile
// ids, profile ARNs and provisioned models already route through something Bedrock accepts.
const ON_DEMAND_FORMS: ReadonlySet<ModelId["form"]> = new Set(["foundation-model", "foundation-model-arn"]);

function profileRequired(id: ModelId, model: CatalogModel): Failure | null {
  if (!model.inferenceProfileRequired || !ON_DEMAND_FORMS.has(id.form)) return null;
  const [suggested, ...others] = model.inferenceProfileIds;
  const instead = suggested === undefined ? "an inference profile id" : `${suggested}${others.length > 0 ? ` (or ${others.join(", ")})` : ""}`;
  return invalidInput(
    "input.modelId",
    `input.modelId: ${model.displayName} cannot be called on demand by its model id ${id.given}; Bedrock needs an inference profile: use ${instead}`,
  );
}

function streamingUnsupported(id: ModelId, model: CatalogModel, catalog: ModelCatalog): Failure {
  const streaming = catalog.models({ modality: "TEXT", provider: model.provider, streaming: true });
  const alternatives = (streaming.length > 0 ? streaming : catalog.models({ streaming: true })).map((other) => other.modelId);
  return invalidInput(
    "input.modelId",
    `input.modelId: ${model.displayName} (${id.given}) does not stream; call invokeModel instead, or stream one of: ${alternatives.join(", ")}`,
  );
}

function maxTokensAboveLimit(invocation: ValidatedInvocation, model: CatalogModel): Failure | null {
  if (invocation.kind !== "text" || model.maxOutputTokens === undefined) return null;
  const reasoning = invocation.request.reasoning;
  if (reasoning !== undefined && "budgetTokens" in reasoning && reasoning.budgetTokens >= model.maxOutputTokens) {
    return invalidInput(
      "input.text.reasoning.budgetTokens",
      `input.text.reasoning.budgetTokens: ${model.displayName} writes at most ${model.maxOutputTokens} tokens per call, reasoning included; allowed 1–${model.maxOutputTokens - 1}, got ${reasoning.budgetTokens}`,
    );
  }
  if (invocation.request.maxTokens === undefined) return null;
  if (invocation.request.maxTokens <= model.maxOutputTokens) return null;
  return invalidInput(
    "input.text.maxTokens",
    `input.text.maxTokens: ${model.displayName} writes at most ${model.maxOutputTokens} tokens per call; allowed 1–${model.maxOutputTokens}, got ${invocation.request.maxTokens}`,
  );
}

const MEDIA_NAMES = { image: "IMAGE", document: "DOCUMENT", video: "VIDEO" } as const;

/** A part of the request the model itself cannot take, though its family's body could carry it (a text-only Llama, Claude 3 Haiku and PDFs). */
function contentUnsupported(invocation: ValidatedInvocation, model: CatalogModel): Failure | null {
  const capabilities = model.capabilities;
  if (invocation.kind !== "text" || capabilities === null) return null;
  const request = invocation.request;
  const who = `${model.displayName} (${model.modelId})`;
  if ((request.tools !== undefined || request.toolChoice !== undefined) && !capabilities.tools) {
    const field = request.tools !== undefined ? "input.text.tools" : "input.text.toolChoice";
    return invalidInput(field, `${field}: ${who} takes no tools; the models query shows which do (capabilities.tools)`);
  }
  if (request.responseFormat !== undefined && !capabilities.structuredOutput) {
    return invalidInput(
      "input.text.responseFormat",
      `input.text.responseFormat: ${who} has no structured output; the models query shows which do (capabilities.structuredOutput)`,
    );
  }
  if (request.reasoning !== undefined && capabilities.reasoning === null) {
    return invalidInput(
      "input.text.reasoning",
      `input.text.reasoning: ${who} does not reason on request; the models query shows which do (capabilities.reasoning)`,
    );
  }
  const taken = capabilities.media.map((media) => media.modality);
  for (const [turn, message] of (request.messages ?? []).entries()) {
    for (const [index, block] of (message.blocks ?? []).entries()) {
      if (block.kind !== "image" && block.kind !== "document" && block.kind !== "video") continue;
      if (taken.includes(MEDIA_NAMES[block.kind])) continue;
      const field = `input.text.messages.${turn}.blocks.${index}.${block.kind}`;
      const takes = taken.length === 0 ? "text only" : `text and ${taken.map((modality) => modality.toLowerCase()).join(", ")}`;
      return invalidInput(field, `${field}: ${who} takes ${takes}, not ${block.kind}s`);
    }
  }
  return null;
}

/**
 * What the catalog knows this model cannot do, checked before anything is sent upstream.
 * Embedding dimensions and image sizes are the family codecs' to check (their messages list
 * the allowed values); the catalog adds the per-model facts a family codec cannot know: the
 * output ceiling, streaming, whether a profile is required, and which of its family's tools,
 * media and reasoning the model itself takes. A model the catalog does not
 * list is not checked here.
 */
export function checkCapabilities(
  invocation: ValidatedInvocation,
  id: ModelId,
  catalog: ModelCatalog,
  operation: InvocationOperation,
): Failure | null {
  const model = id.baseModelId === null ? null : catalog.model(id.baseModelId);
  if (model === null) return null;
  return (
    profileRequired(id, model) ??
    (operation === "stream" && !model.streaming ? streamingUnsupported(id, model, catalog) : null) ??
    maxTokensAboveLimit(invocation, model) ??
    contentUnsupported(invocation, model)
  );
}
