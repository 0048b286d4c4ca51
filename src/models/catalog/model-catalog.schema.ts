import { z } from "zod";
import { fail, ok, type Result } from "../../lib/result";

const usd = z.number().nonnegative();
const tokens = z.number().int().positive();

/** Prices in US dollars; absent where the model is not billed that way (an image model has no token prices). */
const pricingSchema = z.object({
  inputPer1kTokensUsd: usd.optional(),
  outputPer1kTokensUsd: usd.optional(),
  /** Prompt-cache reads and writes, where the model supports prompt caching. */
  cacheReadPer1kTokensUsd: usd.optional(),
  cacheWritePer1kTokensUsd: usd.optional(),
  /** Per generated image (image models). */
  perImageUsd: usd.optional(),
  /** Per image given as input (multimodal embeddings). */
  perInputImageUsd: usd.optional(),
});

/**
 * One foundation model as the catalog file describes it. Size and dimension lists are for
 * callers to read; the family codecs enforce them (a unit test holds the two in agreement).
 */
export const catalogEntrySchema = z.object({
  /** The base foundation-model id, without a profile prefix. */
  modelId: z.string().regex(/^[a-z0-9-]+\.[a-z0-9.:-]+$/, "modelId must be a base model id such as anthropic.claude-3-haiku-20240307-v1:0"),
  displayName: z.string().min(1),
  provider: z.string().min(1),
  outputModality: z.enum(["TEXT", "EMBEDDING", "IMAGE"]),
  inputModalities: z.array(z.enum(["TEXT", "IMAGE", "VIDEO", "AUDIO", "DOCUMENT"])).min(1),
  streaming: z.boolean(),
  /** Takes tool definitions and calls tools (through the family's normalized input). */
  tools: z.boolean().default(false),
  /** Reasons before answering when asked to, or always (DeepSeek-R1). */
  reasoning: z.boolean().default(false),
  contextWindowTokens: tokens.optional(),
  maxOutputTokens: tokens.optional(),
  embeddingDimensions: z.array(tokens).optional(),
  /** Exact sizes, `WIDTHxHEIGHT`. */
  imageSizes: z.array(z.string().regex(/^\d+x\d+$/, "image sizes are written WIDTHxHEIGHT")).optional(),
  /** Aspect ratios, `W:H`, for models sized by ratio. */
  imageAspectRatios: z.array(z.string().regex(/^\d+:\d+$/, "aspect ratios are written W:H")).optional(),
  /** The rule, in words, for models that take any size within limits. */
  imageSizeRule: z.string().optional(),
  /** True when on-demand calls by the bare model id are refused and a profile id must be used. */
  inferenceProfileRequired: z.boolean(),
  /** System-defined cross-Region inference profile ids that run this model, e.g. `us.deepseek.r1-v1:0`. */
  inferenceProfileIds: z.array(z.string()),
  pricing: pricingSchema,
});

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type ModelPricing = CatalogEntry["pricing"];

const catalogFileSchema = z.object({
  about: z.string().optional(),
  models: z.array(catalogEntrySchema),
});

/** Reads a catalog file's parsed JSON; the failure names the file and every offending path. */
export function parseModelCatalog(json: unknown, source: string): Result<CatalogEntry[], string> {
  const parsed = catalogFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    return fail(`${source} is not a valid model catalog — ${problems.join("; ")}`);
  }
  const seen = new Set<string>();
  for (const entry of parsed.data.models) {
    if (seen.has(entry.modelId)) return fail(`${source} lists ${entry.modelId} twice`);
    seen.add(entry.modelId);
  }
  return ok(parsed.data.models);
}
