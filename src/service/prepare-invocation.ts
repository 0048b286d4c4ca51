import { type InvokeCall } from "../bedrock/invoke-call.types";
import { invalidInput, type Failure } from "../lib/failure";
import { fail, ok, type Result } from "../lib/result";
import { type CodecProblem, type ModelCodec } from "../models/codec.types";
import { familiesLike, resolveModel } from "../models/model-registry";
import { checkCapabilities, type InvocationOperation } from "./capability-check";
import { validateInvocation, type ValidatedInvocation } from "./invocation-input.schema";
import { type InvocationInput, type InvocationOptions } from "./invocation.types";
import { type CatalogModel, type ModelCatalog } from "./model-catalog";

type NormalizedInvocation = Exclude<ValidatedInvocation, { kind: "body" }>;

/** Encodes with the codec when the input kind fits the model's modality; null when it does not. */
function encodeNormalized(invocation: NormalizedInvocation, codec: ModelCodec, baseModelId: string): Result<unknown, CodecProblem> | null {
  switch (codec.modality) {
    case "TEXT":
      return invocation.kind === "text" ? codec.encode(invocation.request, baseModelId) : null;
    case "EMBEDDING":
      return invocation.kind === "embedding" ? codec.encode(invocation.request, baseModelId) : null;
    case "IMAGE":
      return invocation.kind === "image" ? codec.encode(invocation.request, baseModelId) : null;
  }
}

/** A short pointer a UI can show: the same provider's families, else the query that lists them all. */
function closestFamilies(modelId: string): string {
  const similar = familiesLike(modelId);
  if (similar.length === 0) return "use a model of a family the gateway knows (query modelFamilies for the list)";
  return `use a model of ${similar.slice(0, 4).join(", ")}${similar.length > 4 ? ", …" : ""} (query modelFamilies for every family)`;
}

function encodeRequest(invocation: ValidatedInvocation, codec: ModelCodec | null, baseModelId: string): Result<unknown, Failure> {
  if (invocation.kind === "body") return ok(invocation.body);
  const field = `input.${invocation.kind}`;
  if (codec === null) {
    return fail(
      invalidInput(
        "input.modelId",
        `input.modelId: no normalized ${invocation.kind} input is known for model ${invocation.modelId}; send a raw provider body instead, or ${closestFamilies(invocation.modelId)}`,
      ),
    );
  }
  const encoded = encodeNormalized(invocation, codec, baseModelId);
  if (encoded === null) {
    const expected = codec.modality.toLowerCase();
    return fail(invalidInput(field, `${field}: model ${invocation.modelId} (${codec.displayName}) takes ${expected} input, not ${invocation.kind}`));
  }
  if (!encoded.ok) {
    const path = encoded.failure.field ? `${field}.${encoded.failure.field}` : field;
    return fail(invalidInput(path, `${path}: ${encoded.failure.message}`));
  }
  return ok(encoded.value);
}

function toCall(modelId: string, body: unknown, options: InvocationOptions): InvokeCall {
  const call: InvokeCall = { modelId, body: Buffer.from(JSON.stringify(body)), contentType: options.contentType ?? "application/json" };
  if (options.accept) call.accept = options.accept;
  if (options.trace) call.trace = options.trace;
  if (options.guardrail) {
    call.guardrailIdentifier = options.guardrail.identifier;
    call.guardrailVersion = options.guardrail.version;
  }
  if (options.performanceConfigLatency) call.performanceConfigLatency = options.performanceConfigLatency;
  if (options.serviceTier) call.serviceTier = options.serviceTier;
  return call;
}

export interface PreparedInvocation {
  invocation: ValidatedInvocation;
  /** Null for a raw body to a model family the gateway has no codec for. */
  codec: ModelCodec | null;
  /** The catalog's facts and prices for the model; null when the catalog does not list it. */
  model: CatalogModel | null;
  call: InvokeCall;
  /**
   * The foundation model the id runs (profile prefix and ARN removed), as codecs and the access
   * policy take it; null when the id does not say (a provisioned or application-profile ARN).
   */
  baseModelId: string | null;
}

/**
 * Everything decided before Bedrock is called, shared by one-shot and streaming calls: the
 * input's shape, the model id, the codec, and the provider body. Any failure here means
 * nothing is sent upstream.
 */
export function prepareInvocation(
  input: InvocationInput,
  catalog: ModelCatalog,
  operation: InvocationOperation,
): Result<PreparedInvocation, Failure> {
  const validated = validateInvocation(input);
  if (!validated.ok) return validated;
  const invocation = validated.value;
  const resolved = resolveModel(invocation.modelId);
  if (!resolved.ok) return fail(invalidInput("input.modelId", `input.modelId: ${resolved.failure.message}`));
  const { codec, id } = resolved.value;
  const incapable = checkCapabilities(invocation, id, catalog, operation);
  if (incapable !== null) return fail(incapable);
  const body = encodeRequest(invocation, codec, id.baseModelId ?? invocation.modelId);
  if (!body.ok) return body;
  if (operation === "stream" && codec?.modality !== "TEXT") {
    const what =
      codec === null ? "a model family the gateway has no codec for" : `${codec.displayName}, which produces ${codec.modality.toLowerCase()}`;
    return fail(invalidInput("input.modelId", `Streaming needs a text model; ${invocation.modelId} is ${what}`));
  }
  const model = id.baseModelId === null ? null : catalog.model(id.baseModelId);
  return ok({ invocation, codec, model, call: toCall(invocation.modelId, body.value, invocation.options), baseModelId: id.baseModelId });
}
