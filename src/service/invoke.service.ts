import { type BedrockInvoker, type InvokeReply } from "../bedrock/invoke-call.types";
import { type Failure } from "../lib/failure";
import { fail, ok, type Result } from "../lib/result";
import { type ModelCodec } from "../models/codec.types";
import { estimateCostUsd } from "../models/catalog/estimate-cost";
import { type ModelOutput, type TokenUsage } from "../models/invocation.types";
import { type ValidatedInvocation } from "./invocation-input.schema";
import { type Invocation, type InvocationInput } from "./invocation.types";
import { type ModelCatalog } from "./model-catalog";
import { prepareInvocation } from "./prepare-invocation";

export interface InvokeService {
  /** Never rejects for an expected failure: every one comes back as a Failure value. */
  invoke(input: InvocationInput, signal?: AbortSignal): Promise<Result<Invocation, Failure>>;
}

export interface InvokeServiceDependencies {
  bedrock: BedrockInvoker;
  /** Model facts and prices: what to check before calling, and what a call cost. */
  catalog: ModelCatalog;
  /** Monotonic clock in milliseconds; tests may pass their own. */
  now?: () => number;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    return undefined;
  }
}

/** Bedrock's headers are the billing figures; the body's own counts fill in where they are absent. */
function mergeUsage(reply: InvokeReply, fromBody: TokenUsage): TokenUsage {
  return {
    inputTokens: reply.inputTokens ?? fromBody.inputTokens,
    outputTokens: reply.outputTokens ?? fromBody.outputTokens,
    cacheReadTokens: reply.cacheReadTokens ?? fromBody.cacheReadTokens ?? null,
    cacheWriteTokens: reply.cacheWriteTokens ?? fromBody.cacheWriteTokens ?? null,
  };
}

function unreadable(modelId: string, reply: InvokeReply, reason: string): Failure {
  const failure: Failure = {
    kind: "InternalServer",
    source: "GATEWAY",
    message: `The response of ${modelId} could not be read: ${reason}`,
  };
  if (reply.requestId) failure.requestId = reply.requestId;
  return failure;
}

/**
 * Reads Bedrock's answer. With a codec the body becomes its modality's output. A raw body sent
 * to a model the gateway has no codec for comes back as text holding the provider's body, with
 * `raw` for the parsed form; a non-JSON image body (raw `accept: image/png`) as that image.
 */
function decodeReply(invocation: ValidatedInvocation, codec: ModelCodec | null, reply: InvokeReply): Result<{ output: ModelOutput; raw: unknown }, Failure> {
  const raw = parseJson(reply.body);
  if (raw === undefined) {
    if (reply.contentType.startsWith("image/")) {
      const image = { base64: Buffer.from(reply.body).toString("base64"), mimeType: reply.contentType, width: null, height: null, seed: null };
      return ok({ output: { modality: "IMAGE", images: [image] }, raw: null });
    }
    return fail(unreadable(invocation.modelId, reply, `expected JSON, got ${reply.contentType}`));
  }
  if (codec === null) {
    const text = Buffer.from(reply.body).toString("utf8");
    const usage = mergeUsage(reply, { inputTokens: null, outputTokens: null });
    return ok({ output: { modality: "TEXT", text, stopReason: null, usage }, raw });
  }
  const decoded = codec.decode(raw);
  if (!decoded.ok) return fail(unreadable(invocation.modelId, reply, decoded.failure.message));
  const output = decoded.value;
  if (output.modality === "IMAGE") {
    // Titan Image and Nova Canvas do not echo the seed; the one the caller asked for made them.
    const requestedSeed = invocation.kind === "image" ? (invocation.request.seed ?? null) : null;
    const images = output.images.map((image) => ({ ...image, seed: image.seed ?? requestedSeed }));
    return ok({ output: { ...output, images }, raw });
  }
  return ok({ output: { ...output, usage: mergeUsage(reply, output.usage) }, raw });
}

export function createInvokeService({ bedrock, catalog, now = () => performance.now() }: InvokeServiceDependencies): InvokeService {
  return {
    async invoke(input, signal) {
      const prepared = prepareInvocation(input, catalog, "invoke");
      if (!prepared.ok) return prepared;
      const { invocation, codec, model, call } = prepared.value;

      const started = now();
      const reply = await bedrock.invoke(call, signal);
      const latencyMs = Math.round(now() - started);
      if (!reply.ok) return reply;

      const decoded = decodeReply(invocation, codec, reply.value);
      if (!decoded.ok) return decoded;
      const { output } = decoded.value;
      const billed = output.modality === "IMAGE" ? { usage: null, images: output.images.length } : { usage: output.usage, images: 0 };
      return ok({
        modelId: invocation.modelId,
        requestId: reply.value.requestId,
        latencyMs,
        modelLatencyMs: reply.value.invocationLatencyMs,
        attempts: reply.value.attempts,
        region: reply.value.region ?? null,
        costUsd: model === null ? null : estimateCostUsd(model.pricing, billed),
        output,
        raw: decoded.value.raw,
      });
    },
  };
}
