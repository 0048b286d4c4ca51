import { decodedLength } from "../models/content/media-bytes";
import { type ContentBlock } from "../models/invocation.types";
import { type PreparedInvocation } from "./prepare-invocation";

// Output reserved for a text call that sets no maxTokens, on a model the catalog has no ceiling for.
const DEFAULT_OUTPUT_RESERVATION = 4_096;
// JSON bodies run about four bytes to a token; counting every byte of the body (field names,
// quotes) overestimates the prompt, which is the side a reservation must err on.
const BYTES_PER_TOKEN = 4;
// Models bill an image by its size in pixels, not its bytes: Claude scales images to about 1.15
// megapixels, about 1,600 tokens (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html);
// Nova's largest tiling costs about as much.
const TOKENS_PER_IMAGE = 1_600;

type MediaBlock = Extract<ContentBlock, { kind: "image" | "document" | "video" }>;

function mediaBlocks({ invocation }: PreparedInvocation): MediaBlock[] {
  if (invocation.kind !== "text") return [];
  return (invocation.request.messages ?? [])
    .flatMap((message) => message.blocks ?? [])
    .filter((block): block is MediaBlock => block.kind === "image" || block.kind === "document" || block.kind === "video");
}

/** Base64 media is no prompt text: it is estimated by what it is, and its characters leave the text estimate. */
function inputEstimate(prepared: PreparedInvocation): number {
  const media = mediaBlocks(prepared);
  const base64Bytes = media.reduce((sum, block) => sum + ("base64" in block.source ? block.source.base64.length : 0), 0);
  const text = Math.ceil(Math.max(0, prepared.call.body.byteLength - base64Bytes) / BYTES_PER_TOKEN);
  const mediaTokens = media.reduce((sum, block) => {
    if (block.kind === "image") return sum + TOKENS_PER_IMAGE;
    // Documents and video are billed by their content (pages, frames); inline bytes bound it from
    // above, and nothing bounds an S3 object but the context window below.
    return sum + ("base64" in block.source ? Math.ceil(decodedLength(block.source.base64) / BYTES_PER_TOKEN) : Number.MAX_SAFE_INTEGER);
  }, 0);
  const estimate = text + mediaTokens;
  // No call costs more input than the model reads.
  const window = prepared.model?.contextWindowTokens;
  // Without a window (a model the catalog does not list), an S3 object reserves without bound: a
  // token budget then refuses the call, which is the side to fail on.
  return window === undefined ? estimate : Math.min(estimate, window);
}

/**
 * The tokens one call may cost, reserved from the caller's budgets before it is sent, as
 * Bedrock's own token quotas reserve them: the input (estimated from the body sent) plus the
 * most output the call allows (`maxTokens`, else the model's output ceiling from the catalog).
 * Embeddings and images produce no output tokens. Settlement replaces it with Bedrock's count.
 */
export function reservedTokens(prepared: PreparedInvocation): number {
  const { invocation, codec, model } = prepared;
  const input = inputEstimate(prepared);
  const producesText = invocation.kind === "text" || (invocation.kind === "body" && (codec === null || codec.modality === "TEXT"));
  if (!producesText) return input;
  const request = invocation.kind === "text" ? invocation.request : undefined;
  const ceiling = model?.maxOutputTokens ?? DEFAULT_OUTPUT_RESERVATION;
  // A reasoning budget is output too; without maxTokens the family sends room for it and the answer.
  const budget = request?.reasoning !== undefined && "budgetTokens" in request.reasoning ? request.reasoning.budgetTokens : 0;
  return input + (request?.maxTokens ?? Math.max(ceiling, budget + DEFAULT_OUTPUT_RESERVATION));
}
