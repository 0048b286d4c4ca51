import { z } from "zod";
import { type EngineRejection, rejectedAsInvalid } from "./engine-outcome";
import { requestFields } from "./request-fields";
import { resolveModelFamily } from "./resolve-model-family";
import { generateText, type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

// Bedrock's wording when Converse or ConverseStream names a model that does not converse (HTTP 400).
const NOT_CONVERSING_MESSAGE = "This action doesn't support the model that you provided. Try again with a supported text or chat model.";

// Content blocks are a union (text, image, document, toolUse…): only text is read, the other
// members are accepted as they come. https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html
const contentBlockSchema = z.looseObject({ text: z.string().optional() });

// Constraints from the same page: roles user|assistant, maxTokens ≥ 1,
// temperature and topP in [0, 1], at most 2500 stop sequences.
const converseRequestSchema = z.looseObject({
  messages: z
    .array(z.looseObject({ role: z.enum(["user", "assistant"]), content: z.array(contentBlockSchema) }))
    .min(1)
    .refine((messages) => messages[0]?.role === "user", "A conversation must start with a user message."),
  system: z.array(z.looseObject({ text: z.string().optional() })).optional(),
  inferenceConfig: z
    .looseObject({
      maxTokens: requestFields.tokenLimit().optional(),
      temperature: requestFields.unitInterval().optional(),
      topP: requestFields.unitInterval().optional(),
      stopSequences: requestFields.stopSequences(2500).optional(),
    })
    .optional(),
});

type ContentBlocks = z.infer<typeof contentBlockSchema>[];

// Bedrock applies each model's own default; any value above the emulator's reply length acts alike.
const DEFAULT_MAXIMUM_TOKENS = 4096;

const STOP_REASONS = {
  end: "end_turn",
  length: "max_tokens",
  stop_sequence: "stop_sequence",
} as const satisfies Record<GenerationStop, string>;

/** A Converse answer before it is put in the operation's response or event shapes. */
export interface ConverseReply {
  /** The reply in the order ConverseStream sends it; joined, they make `text`. */
  pieces: readonly string[];
  text: string;
  stopReason: (typeof STOP_REASONS)[GenerationStop];
  usage: { inputTokens: number; outputTokens: number; totalTokens: number };
}

export type ConverseOutcome = { ok: true; reply: ConverseReply } | EngineRejection;

function blocksText(blocks: ContentBlocks): string {
  return blocks.map((block) => block.text ?? "").join("\n");
}

// Converse errors come in Coral's validation wording rather than the model-body wording
// ("1 validation error detected: Value at 'inferenceConfig.maxTokens' failed to satisfy …").
function describeProblems(issues: readonly z.core.$ZodIssue[]): string {
  const problems = issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return path === "" ? issue.message : `Value at '${path}' failed to satisfy constraint: ${issue.message}`;
  });
  const plural = problems.length === 1 ? "" : "s";
  return `${problems.length} validation error${plural} detected: ${problems.join("; ")}`;
}

/**
 * What Bedrock would answer to Converse (and stream for ConverseStream) on `modelId` with the
 * parsed JSON `body`: any text model the engines know converses, through the shared generator,
 * replying to the last user message; embedding and image models are a ValidationException.
 */
export function answerConverse(modelId: string, body: unknown): ConverseOutcome {
  const family = resolveModelFamily(modelId);
  if (!family.ok) return family;
  if (family.output !== "text") return rejectedAsInvalid(NOT_CONVERSING_MESSAGE);
  const parsed = converseRequestSchema.safeParse(body, {
    error: (issue) => (issue.input === undefined ? "Member must not be null" : undefined),
  });
  if (!parsed.success) return rejectedAsInvalid(describeProblems(parsed.error.issues));
  const { messages, system, inferenceConfig } = parsed.data;
  const lastUserMessage = messages.filter((message) => message.role === "user").at(-1);
  const generated = generateText({
    prompt: lastUserMessage === undefined ? "" : blocksText(lastUserMessage.content),
    inputTokens: countTokens(blocksText(system ?? []), ...messages.map((message) => blocksText(message.content))),
    maxTokens: inferenceConfig?.maxTokens ?? DEFAULT_MAXIMUM_TOKENS,
    stopSequences: inferenceConfig?.stopSequences ?? [],
  });
  return {
    ok: true,
    reply: {
      pieces: generated.pieces,
      text: generated.text,
      stopReason: STOP_REASONS[generated.stopReason],
      usage: {
        inputTokens: generated.inputTokens,
        outputTokens: generated.outputTokens,
        totalTokens: generated.inputTokens + generated.outputTokens,
      },
    },
  };
}
