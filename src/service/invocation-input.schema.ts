import { z } from "zod";
import { invalidInput, type Failure } from "../lib/failure";
import { fail, ok, type Result } from "../lib/result";
import { type EmbeddingRequest, type ImageRequest, type TextRequest } from "../models/invocation.types";
import { nonEmpty, optional } from "./input-fields";
import { textSchema } from "./text-input.schema";
import { type InvocationInput, type InvocationOptions } from "./invocation.types";

/**
 * Checks that hold for every family, before any model is consulted. Family-specific limits
 * (a Claude temperature above 1, a Titan embedding size) are the codecs' to check.
 */

const embeddingSchema = z.object({
  text: nonEmpty,
  dimensions: optional(z.number().int("must be a whole number").min(1, "must be at least 1")),
  normalize: optional(z.boolean()),
  inputType: optional(z.enum(["SEARCH_DOCUMENT", "SEARCH_QUERY", "CLASSIFICATION", "CLUSTERING"])),
});

const imageSchema = z.object({
  prompt: nonEmpty,
  negativePrompt: optional(nonEmpty),
  width: optional(z.number().int("must be a whole number").min(1, "must be at least 1")),
  height: optional(z.number().int("must be a whole number").min(1, "must be at least 1")),
  numberOfImages: optional(z.number().int("must be a whole number").min(1, "must be at least 1")),
  seed: optional(z.number().int("must be a whole number").min(0, "must not be negative")),
  cfgScale: optional(z.number().positive("must be above 0")),
});

/** A raw body is a JSON object; a string holding a JSON object is accepted for clients that pre-serialize. */
const bodySchema = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
  z.record(z.string(), z.unknown(), { error: "must be a JSON object" }),
);

// Header value formats from the InvokeModel API (guardrail identifier and version).
const optionsSchema = z.object({
  contentType: optional(nonEmpty),
  accept: optional(nonEmpty),
  trace: optional(z.enum(["ENABLED", "DISABLED", "ENABLED_FULL"])),
  guardrail: optional(
    z.object({
      identifier: z
        .string()
        .max(2048)
        .regex(/^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+))$/, "must be a guardrail id or ARN"),
      version: z.string().regex(/^(([1-9][0-9]{0,7})|(DRAFT))$/, "must be a version number or DRAFT"),
    }),
  ),
  performanceConfigLatency: optional(z.enum(["standard", "optimized"])),
  serviceTier: optional(z.enum(["priority", "default", "flex", "reserved"])),
});

export type ValidatedInvocation =
  | { kind: "text"; modelId: string; request: TextRequest; options: InvocationOptions }
  | { kind: "embedding"; modelId: string; request: EmbeddingRequest; options: InvocationOptions }
  | { kind: "image"; modelId: string; request: ImageRequest; options: InvocationOptions }
  | { kind: "body"; modelId: string; body: Record<string, unknown>; options: InvocationOptions };

function firstProblem(error: z.ZodError, prefix: string): Failure {
  const issue = error.issues[0];
  const path = [prefix, ...issue.path.map(String)].join(".");
  return invalidInput(path, `${path} ${issue.message}`);
}

function parsePart<T>(schema: z.ZodType<T>, value: unknown, field: string): Result<T, Failure> {
  const parsed = schema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail(firstProblem(parsed.error, field));
}

/** Validates an invocation's shape; the model id itself is checked against the registry afterwards. */
export function validateInvocation(input: InvocationInput): Result<ValidatedInvocation, Failure> {
  const given = (["text", "embedding", "image", "body"] as const).filter((key) => input[key] !== undefined && input[key] !== null);
  if (given.length !== 1) {
    const which = given.length === 0 ? "none was given" : `got ${given.join(" and ")}`;
    return fail(invalidInput("input", `Give exactly one of text, embedding, image or body (${which})`));
  }
  const options = parsePart(optionsSchema, input, "input");
  if (!options.ok) return options;
  const modelId = input.modelId;
  switch (given[0]) {
    case "text": {
      const request = parsePart(textSchema, input.text, "input.text");
      return request.ok ? ok({ kind: "text", modelId, request: request.value, options: options.value }) : request;
    }
    case "embedding": {
      const request = parsePart(embeddingSchema, input.embedding, "input.embedding");
      return request.ok ? ok({ kind: "embedding", modelId, request: request.value, options: options.value }) : request;
    }
    case "image": {
      const request = parsePart(imageSchema, input.image, "input.image");
      return request.ok ? ok({ kind: "image", modelId, request: request.value, options: options.value }) : request;
    }
    case "body": {
      const body = parsePart(bodySchema, input.body, "input.body");
      return body.ok ? ok({ kind: "body", modelId, body: body.value, options: options.value }) : body;
    }
  }
}
