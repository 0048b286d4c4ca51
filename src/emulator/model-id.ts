/**
 * Reading the `{modelId}` path label. SDKs percent-encode it as one path segment (`:` → `%3A`,
 * `/` → `%2F`); hand-written calls may send `:` raw, which decoding leaves as it is.
 */
export type ModelIdRead = { ok: true; modelId: string } | { ok: false; modelId: string; message: string };

// InvokeModel's modelId is 1–2048 characters: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
const MAXIMUM_LENGTH = 2048;

// A loose form of the modelId patterns on the same page. ARNs: partition, service,
// region, an account that is empty for foundation models, then a resource path.
const ARN_PATTERN = /^arn:aws(-[a-z-]+)?:(bedrock|sagemaker):[a-z0-9-]{1,20}:([0-9]{12})?:[a-zA-Z0-9._:/-]+$/;
// Base model ids, inference-profile ids (`us.anthropic...:0`) and resource names.
const IDENTIFIER_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._:-]*$/;

export function readModelId(segment: string): ModelIdRead {
  let modelId: string;
  try {
    modelId = decodeURIComponent(segment);
  } catch {
    return { ok: false, modelId: segment, message: "The model identifier is not valid percent-encoding." };
  }
  if (modelId.length < 1 || modelId.length > MAXIMUM_LENGTH) {
    return { ok: false, modelId, message: `The model identifier must be 1 to ${MAXIMUM_LENGTH} characters long.` };
  }
  const pattern = modelId.startsWith("arn:") ? ARN_PATTERN : IDENTIFIER_PATTERN;
  if (!pattern.test(modelId)) {
    return { ok: false, modelId, message: `The provided model identifier is invalid: ${JSON.stringify(modelId)}.` };
  }
  return { ok: true, modelId };
}
