import { z } from "zod";
import { claudeStreamChunks } from "./anthropic-claude.stream";
import { answered } from "./engine-outcome";
import { type ModelEngine } from "./model-engine.types";
import { parseRequestBody } from "./request-body.parser";
import { requestFields } from "./request-fields";
import { stableHex } from "./stable-hash";
import { generateText, type GenerationStop } from "./text-generator";
import { countTokens } from "./tokenizer";

// Text blocks must carry text; other block types (image, tool_use, tool_result, document…)
// are accepted as they come.
const contentBlockSchema = z
  .looseObject({ type: z.string(), text: z.string().optional() })
  .refine((block) => block.type !== "text" || block.text !== undefined, {
    message: "a text block needs a string text",
    path: ["text"],
  });

const messageSchema = z.looseObject({
  role: z.enum(["user", "assistant"]),
  content: z.union([z.string(), z.array(contentBlockSchema).min(1)]),
});

// Required and ranged fields per the Bedrock Claude Messages parameters page:
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html
const claudeRequestSchema = z.looseObject({
  anthropic_version: z.literal("bedrock-2023-05-31"),
  max_tokens: requestFields.tokenLimit(),
  messages: z.array(messageSchema).min(1),
  system: z.union([z.string(), z.array(z.looseObject({ type: z.literal("text"), text: z.string() }))]).optional(),
  temperature: requestFields.unitInterval().optional(),
  top_p: requestFields.unitInterval().optional(),
  top_k: z.number().int().min(0).max(500).optional(),
  stop_sequences: requestFields.stopSequences(8191).optional(),
});

type ClaudeRequest = z.infer<typeof claudeRequestSchema>;
type ClaudeContent = ClaudeRequest["messages"][number]["content"];

// Claude Sonnet 4.5 and Haiku 4.5 take temperature or top_p, not both (same page).
const ONE_SAMPLING_PARAMETER_MODELS = ["anthropic.claude-sonnet-4-5", "anthropic.claude-haiku-4-5"];

const STOP_REASONS: Record<GenerationStop, string> = {
  end: "end_turn",
  length: "max_tokens",
  stop_sequence: "stop_sequence",
};

function contentText(content: ClaudeContent): string {
  if (typeof content === "string") {
    return content;
  }
  return content.map((block) => (block.type === "text" ? (block.text ?? "") : "")).join("\n");
}

function systemText(system: ClaudeRequest["system"]): string {
  if (system === undefined) {
    return "";
  }
  return typeof system === "string" ? system : system.map((block) => block.text).join("\n");
}

// The response names the model without provider prefix and version suffix:
// anthropic.claude-3-haiku-20240307-v1:0 → claude-3-haiku-20240307.
function responseModelName(baseModelId: string): string {
  return baseModelId.replace(/^anthropic\./, "").replace(/-v\d+(?::[a-z0-9]+)*$/, "");
}

/** Anthropic Claude through the Messages API body (`anthropic.claude-*`). */
export const anthropicClaudeEngine: ModelEngine = (baseModelId, body) => {
  const parsed = parseRequestBody(
    claudeRequestSchema.refine(
      (request) =>
        !ONE_SAMPLING_PARAMETER_MODELS.some((prefix) => baseModelId.startsWith(prefix)) ||
        request.temperature === undefined ||
        request.top_p === undefined,
      { message: "temperature and top_p cannot both be specified for this model", path: ["top_p"] },
    ),
    body,
  );
  if (!parsed.ok) {
    return parsed;
  }
  const request = parsed.value;
  const lastUserMessage = request.messages.filter((message) => message.role === "user").at(-1);
  const generated = generateText({
    prompt: lastUserMessage === undefined ? "" : contentText(lastUserMessage.content),
    inputTokens: countTokens(systemText(request.system), ...request.messages.map((message) => contentText(message.content))),
    maxTokens: request.max_tokens,
    stopSequences: request.stop_sequences ?? [],
  });
  const response = {
    id: `msg_bdrk_01${stableHex(`${baseModelId}\u0000${JSON.stringify(body)}`, 22)}`,
    type: "message",
    role: "assistant",
    model: responseModelName(baseModelId),
    content: [{ type: "text", text: generated.text }],
    stop_reason: STOP_REASONS[generated.stopReason],
    stop_sequence: generated.stopSequence,
    usage: {
      input_tokens: generated.inputTokens,
      output_tokens: generated.outputTokens,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    },
  };
  const streamChunks = claudeStreamChunks(response, generated.pieces);
  return answered(response, generated.inputTokens, generated.outputTokens, streamChunks);
};
