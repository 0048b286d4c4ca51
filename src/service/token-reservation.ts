import { type PreparedInvocation } from "./prepare-invocation";

// Output reserved for a text call that sets no maxTokens, on a model the catalog has no ceiling for.
const DEFAULT_OUTPUT_RESERVATION = 4_096;
// JSON bodies run about four bytes to a token; counting every byte of the body (field names,
// quotes) overestimates the prompt, which is the side a reservation must err on.
const BYTES_PER_TOKEN = 4;

/**
 * The tokens one call may cost, reserved from the caller's budgets before it is sent, as
 * Bedrock's own token quotas reserve them: the input (estimated from the body sent) plus the
 * most output the call allows (`maxTokens`, else the model's output ceiling from the catalog).
 * Embeddings and images produce no output tokens. Settlement replaces it with Bedrock's count.
 */
export function reservedTokens({ invocation, codec, model, call }: PreparedInvocation): number {
  const input = Math.ceil(call.body.byteLength / BYTES_PER_TOKEN);
  const producesText = invocation.kind === "text" || (invocation.kind === "body" && (codec === null || codec.modality === "TEXT"));
  if (!producesText) return input;
  const asked = invocation.kind === "text" ? invocation.request.maxTokens : undefined;
  return input + (asked ?? model?.maxOutputTokens ?? DEFAULT_OUTPUT_RESERVATION);
}
