import { fail, ok, type Result } from "../lib/result";
import { type CodecProblem } from "./codec.types";

export type ModelIdForm =
  | "foundation-model"
  | "inference-profile"
  | "foundation-model-arn"
  | "inference-profile-arn"
  | "application-inference-profile-arn"
  | "provisioned-model-arn"
  | "custom-model-arn"
  | "imported-model-arn"
  | "other-arn";

/** A model identifier as InvokeModel takes it, taken apart. */
export interface ModelId {
  /** The identifier exactly as given. */
  given: string;
  /** The foundation model it runs (profile prefix and ARN removed); null when the id does not say. */
  baseModelId: string | null;
  form: ModelIdForm;
  /** The cross-Region inference profile's geography: us, eu, apac, global, us-gov, jp or au. */
  geography?: string;
  /** The Region named in an ARN. */
  region?: string;
}

// InvokeModel takes 1–2048 characters: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
const MAXIMUM_LENGTH = 2048;

// Geographies of system-defined cross-Region inference profiles:
// https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html
const GEOGRAPHIES = ["us", "eu", "apac", "global", "us-gov", "jp", "au"];

// A foundation model id: provider, dot, model, then up to two `.`/`:` parts for version and
// context size, e.g. `anthropic.claude-3-haiku-20240307-v1:0` (the modelId pattern on the InvokeModel page).
const BASE_MODEL_PATTERN = /^[a-z0-9-]{1,63}\.[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}){0,2}$/;

// arn:<partition>:bedrock:<region>:<account, empty for foundation models>:<type>/<name> (same page).
const BEDROCK_ARN_PATTERN = /^arn:aws(-[^:]+)?:bedrock:([a-z0-9-]{1,20}):([0-9]{12})?:([a-z-]+)\/(.+)$/;
const SAGEMAKER_ARN_PATTERN = /^arn:aws(-[^:]+)?:sagemaker:([a-z0-9-]{1,20}):[0-9]{12}:endpoint\/[a-zA-Z0-9-]+$/;
const RESOURCE_ID_PATTERN = /^[a-z0-9]{12}$/;
const PROFILE_NAME_PATTERN = /^[a-zA-Z0-9:.-]+$/;
const PROMPT_PATTERN = /^[0-9a-zA-Z]{10}(:[0-9]{1,5})?$/;
// A custom model's ARN names the foundation model it was trained from, then its own id.
const CUSTOM_MODEL_PATTERN = /^([a-z0-9-]{1,63}\.[a-z0-9.:-]{1,200})\/[a-z0-9]{12}$/;

const ACCEPTED_FORMS =
  "a foundation model id (anthropic.claude-3-haiku-20240307-v1:0), a cross-Region inference profile id " +
  `(${GEOGRAPHIES.join(", ")} prefix, e.g. us.anthropic.claude-3-haiku-20240307-v1:0), or a Bedrock ARN of a foundation model, ` +
  "inference profile, application inference profile, provisioned, custom or imported model, prompt or prompt router";

function problem(message: string): Result<never, CodecProblem> {
  return fail({ field: "modelId", message });
}

function unrecognized(id: string): Result<never, CodecProblem> {
  return problem(`${JSON.stringify(id)} is not a model identifier; expected ${ACCEPTED_FORMS}`);
}

/** Splits `us.anthropic.claude-…` into geography and base id; null when no geography prefix fits. */
function readProfileId(id: string): { geography: string; baseModelId: string } | null {
  const geography = GEOGRAPHIES.find((candidate) => id.startsWith(`${candidate}.`));
  if (geography === undefined) return null;
  const baseModelId = id.slice(geography.length + 1);
  return BASE_MODEL_PATTERN.test(baseModelId) ? { geography, baseModelId } : null;
}

function parseArn(given: string): Result<ModelId, CodecProblem> {
  const endpoint = SAGEMAKER_ARN_PATTERN.exec(given);
  if (endpoint !== null) return ok({ given, baseModelId: null, form: "other-arn", region: endpoint[2] });
  const match = BEDROCK_ARN_PATTERN.exec(given);
  if (match === null) return unrecognized(given);
  const [, , region, account, resourceType, name] = match;
  const arn = { given, region };
  // Only foundation-model ARNs leave the account empty; every other resource has one (same page).
  if ((account === undefined) !== (resourceType === "foundation-model")) return unrecognized(given);
  switch (resourceType) {
    case "foundation-model":
      return BASE_MODEL_PATTERN.test(name) ? ok({ ...arn, baseModelId: name, form: "foundation-model-arn" }) : unrecognized(given);
    case "inference-profile": {
      if (!PROFILE_NAME_PATTERN.test(name)) return unrecognized(given);
      const profile = readProfileId(name);
      if (profile !== null) return ok({ ...arn, ...profile, form: "inference-profile-arn" });
      return ok({ ...arn, baseModelId: BASE_MODEL_PATTERN.test(name) ? name : null, form: "inference-profile-arn" });
    }
    case "application-inference-profile":
      // An application profile's id says nothing of the model it routes to.
      return PROFILE_NAME_PATTERN.test(name) ? ok({ ...arn, baseModelId: null, form: "application-inference-profile-arn" }) : unrecognized(given);
    case "provisioned-model":
      return RESOURCE_ID_PATTERN.test(name) ? ok({ ...arn, baseModelId: null, form: "provisioned-model-arn" }) : unrecognized(given);
    case "imported-model":
      return RESOURCE_ID_PATTERN.test(name) ? ok({ ...arn, baseModelId: null, form: "imported-model-arn" }) : unrecognized(given);
    case "custom-model": {
      // A fine-tuned model keeps its base model's body format, so its base id picks the codec.
      const custom = CUSTOM_MODEL_PATTERN.exec(name);
      return custom === null ? unrecognized(given) : ok({ ...arn, baseModelId: custom[1], form: "custom-model-arn" });
    }
    case "custom-model-deployment":
      return RESOURCE_ID_PATTERN.test(name) ? ok({ ...arn, baseModelId: null, form: "custom-model-arn" }) : unrecognized(given);
    case "prompt":
      return PROMPT_PATTERN.test(name) ? ok({ ...arn, baseModelId: null, form: "other-arn" }) : unrecognized(given);
    case "prompt-router":
    case "default-prompt-router":
      return PROFILE_NAME_PATTERN.test(name) ? ok({ ...arn, baseModelId: null, form: "other-arn" }) : unrecognized(given);
    default:
      return unrecognized(given);
  }
}

/**
 * Reads a model identifier in any form InvokeModel accepts (InvokeModel page above): plain foundation
 * model ids, cross-Region inference profile ids, and ARNs. Anything else is a problem on
 * `modelId` saying which forms are accepted.
 */
export function parseModelId(id: string): Result<ModelId, CodecProblem> {
  if (id.length === 0) return problem(`The model id is empty; expected ${ACCEPTED_FORMS}`);
  if (id.length > MAXIMUM_LENGTH) return problem(`The model id is ${id.length} characters long; at most ${MAXIMUM_LENGTH} are allowed`);
  if (/\s/.test(id)) return problem(`The model id ${JSON.stringify(id)} contains whitespace; expected ${ACCEPTED_FORMS}`);
  if (id.startsWith("arn:")) return parseArn(id);
  const profile = readProfileId(id);
  if (profile !== null) return ok({ given: id, ...profile, form: "inference-profile" });
  if (BASE_MODEL_PATTERN.test(id)) return ok({ given: id, baseModelId: id, form: "foundation-model" });
  return unrecognized(id);
}
