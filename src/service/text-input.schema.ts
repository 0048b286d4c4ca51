import { z } from "zod";
import { isBase64 } from "../models/content/media-bytes";
import { type ContentBlock, type TextRequest } from "../models/invocation.types";
import { compileJsonSchema } from "./json-schema-check";

/**
 * The text request's shape, checked the same for every family before any model is consulted:
 * one of prompt or messages, each turn one of content or blocks, blocks where they may stand,
 * tools and schemas that compile, tool results that answer a call. Family limits (a Claude
 * temperature above 1, an image a family does not take) are the codecs' to check.
 */

/** GraphQL sends null for an omitted nullable input field; codecs see it as absent. */
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

export const nonEmpty = z.string().refine((value) => value.trim().length > 0, "must not be empty");

// Bedrock's tool-name pattern (ToolSpecification.name in the Converse API reference).
const toolName = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "must be 1–64 letters, digits, _ or -");

const base64 = z.string().min(1, "must not be empty").refine(isBase64, "is not valid base64 (standard alphabet, padded)");

const s3Uri = z.string().regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+$/, "must be an s3://bucket/key URI");

const jsonSchemaObject = z.record(z.string(), z.unknown(), { error: "must be a JSON Schema object" }).superRefine((schema, context) => {
  const compiled = compileJsonSchema(schema);
  if (!compiled.ok) context.addIssue({ code: "custom", message: `is not a valid JSON Schema: ${compiled.failure}` });
});

const mediaSchema = z
  .object({
    format: z.string(),
    base64: optional(base64),
    s3Uri: optional(s3Uri),
    bucketOwner: optional(z.string().regex(/^[0-9]{12}$/, "must be a 12-digit account id")),
  })
  .superRefine((media, context) => {
    if ((media.base64 === undefined) === (media.s3Uri === undefined))
      context.addIssue({ code: "custom", path: ["base64"], message: "give exactly one of base64 or s3Uri" });
  })
  .transform(({ format, base64: bytes, s3Uri: uri, bucketOwner }) => ({
    format,
    source: bytes !== undefined ? { base64: bytes } : { s3Uri: uri ?? "", ...(bucketOwner !== undefined ? { bucketOwner } : {}) },
  }));

const blockMembers = {
  text: optional(nonEmpty),
  image: optional(mediaSchema),
  document: optional(
    z.object({
      format: z.string(),
      name: z.string().regex(/^[a-zA-Z0-9 ()[\]-]{1,200}$/, "must be 1–200 letters, digits, spaces, hyphens, parentheses or brackets"),
      base64,
    }),
  ),
  video: optional(mediaSchema),
  toolUse: optional(
    z.object({
      id: z.string().min(1, "must not be empty").max(64),
      name: toolName,
      input: z.record(z.string(), z.unknown(), { error: "must be a JSON object" }),
    }),
  ),
  toolResult: optional(
    z.object({
      toolUseId: z.string().min(1, "must not be empty").max(64),
      content: z.unknown().refine((content) => content !== undefined && content !== null, "must be given: text or JSON"),
      isError: optional(z.boolean()),
    }),
  ),
  reasoning: optional(z.object({ text: z.string(), signature: optional(z.string()), redactedData: optional(z.string()) })),
  cachePoint: optional(z.literal(true, { error: "must be true when given" })),
};

type BlockMember = keyof typeof blockMembers;

// Which turn may hold each kind of block: the user gives media and tool results, the model made tool calls and reasoning.
const ROLES_FOR: Record<BlockMember, ReadonlyArray<"user" | "assistant">> = {
  text: ["user", "assistant"],
  image: ["user"],
  document: ["user"],
  video: ["user"],
  toolUse: ["assistant"],
  toolResult: ["user"],
  reasoning: ["assistant"],
  cachePoint: ["user", "assistant"],
};

const blockSchema = z
  .object(blockMembers)
  .superRefine((block, context) => {
    const given = Object.entries(block).filter(([, value]) => value !== undefined);
    if (given.length !== 1)
      context.addIssue({ code: "custom", message: `give exactly one of ${Object.keys(blockMembers).join(", ")} (got ${given.length})` });
  })
  .transform((block): ContentBlock => {
    if (block.text !== undefined) return { kind: "text", text: block.text };
    if (block.image !== undefined) return { kind: "image", format: block.image.format as never, source: block.image.source };
    if (block.document !== undefined)
      return { kind: "document", format: block.document.format as never, name: block.document.name, source: { base64: block.document.base64 } };
    if (block.video !== undefined) return { kind: "video", format: block.video.format as never, source: block.video.source };
    if (block.toolUse !== undefined) return { kind: "toolUse", id: block.toolUse.id, name: block.toolUse.name, input: block.toolUse.input ?? {} };
    if (block.toolResult !== undefined) {
      const { toolUseId, content, isError } = block.toolResult;
      return {
        kind: "toolResult",
        toolUseId,
        content: [typeof content === "string" ? { text: content } : { json: content }],
        isError: isError ?? false,
      };
    }
    if (block.reasoning !== undefined) {
      const { text, signature, redactedData } = block.reasoning;
      return { kind: "reasoning", text, ...(signature !== undefined ? { signature } : {}), ...(redactedData !== undefined ? { redactedData } : {}) };
    }
    return { kind: "cachePoint" };
  });

const messageSchema = z
  .object({
    role: z.enum(["user", "assistant"]),
    content: optional(nonEmpty),
    blocks: optional(z.array(blockSchema).min(1, "must hold at least one block")),
  })
  .superRefine((message, context) => {
    if ((message.content === undefined) === (message.blocks === undefined))
      context.addIssue({ code: "custom", path: ["content"], message: "give exactly one of content or blocks" });
    for (const [index, block] of (message.blocks ?? []).entries()) {
      // Zod still runs this check when a block failed its own; such a block is reported already.
      const member = block.kind as BlockMember | undefined;
      if (member === undefined) continue;
      if (!ROLES_FOR[member].includes(message.role)) {
        context.addIssue({
          code: "custom",
          path: ["blocks", index, member],
          message: `may only stand in a ${ROLES_FOR[member].join(" or ")} turn; this turn is the ${message.role}'s`,
        });
      }
    }
  });

const toolSchema = z.object({
  name: toolName,
  description: optional(nonEmpty),
  inputSchema: jsonSchemaObject.refine((schema) => schema.type === undefined || schema.type === "object", "must describe an object (type: object)"),
});

const toolChoiceSchema = z
  .object({ mode: optional(z.enum(["auto", "any", "none"])), tool: optional(toolName) })
  .superRefine((choice, context) => {
    if ((choice.mode === undefined) === (choice.tool === undefined))
      context.addIssue({ code: "custom", message: "give exactly one of mode or tool" });
  })
  .transform((choice): NonNullable<TextRequest["toolChoice"]> =>
    choice.tool !== undefined ? { mode: "tool", name: choice.tool } : { mode: choice.mode ?? "auto" },
  );

const responseFormatSchema = z.object({
  name: optional(toolName).transform((name) => name ?? "response"),
  description: optional(nonEmpty),
  jsonSchema: jsonSchemaObject,
});

const reasoningSchema = z
  .object({
    budgetTokens: optional(z.number().int("must be a whole number").min(1, "must be at least 1")),
    effort: optional(z.enum(["low", "medium", "high"])),
  })
  .superRefine((reasoning, context) => {
    if ((reasoning.budgetTokens === undefined) === (reasoning.effort === undefined))
      context.addIssue({ code: "custom", message: "give exactly one of budgetTokens or effort" });
  })
  .transform((reasoning): NonNullable<TextRequest["reasoning"]> =>
    reasoning.budgetTokens !== undefined ? { budgetTokens: reasoning.budgetTokens } : { effort: reasoning.effort ?? "medium" },
  );

type ParsedText = z.infer<typeof textObject>;

const textObject = z.object({
  prompt: optional(nonEmpty),
  messages: optional(z.array(messageSchema).min(1, "must hold at least one message")),
  system: optional(nonEmpty),
  maxTokens: optional(z.number().int("must be a whole number").min(1, "must be at least 1")),
  // No family accepts a temperature above 2 (AI21 Jamba's limit); codecs narrow it further.
  temperature: optional(z.number().min(0, "must be between 0 and 2").max(2, "must be between 0 and 2")),
  topP: optional(z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1")),
  topK: optional(z.number().int("must be a whole number").min(1, "must be at least 1")),
  stopSequences: optional(z.array(nonEmpty)),
  tools: optional(z.array(toolSchema).min(1, "must hold at least one tool")),
  toolChoice: optional(toolChoiceSchema),
  responseFormat: optional(responseFormatSchema),
  reasoning: optional(reasoningSchema),
});

/** The checks that span fields: tool names and ids that must agree with each other. */
function conversationIssues(text: ParsedText, context: z.RefinementCtx): void {
  if ((text.prompt === undefined) === (text.messages === undefined)) {
    context.addIssue({ code: "custom", path: ["prompt"], message: "give exactly one of prompt or messages" });
  }
  const names = (text.tools ?? []).map((tool) => tool.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) context.addIssue({ code: "custom", path: ["tools"], message: `name the tools apart: ${repeated} is given twice` });
  if (text.toolChoice?.mode === "tool" && !names.includes(text.toolChoice.name)) {
    context.addIssue({ code: "custom", path: ["toolChoice", "tool"], message: `names ${text.toolChoice.name}, which is not among the tools` });
  }
  if ((text.toolChoice?.mode === "any" || text.toolChoice?.mode === "tool") && names.length === 0) {
    context.addIssue({ code: "custom", path: ["toolChoice"], message: "asks for a tool call, but no tools are given" });
  }
  if (text.responseFormat !== undefined && names.includes(text.responseFormat.name)) {
    context.addIssue({ code: "custom", path: ["responseFormat", "name"], message: `is also a tool's name; name the response format apart` });
  }
  const calls = new Set<string>();
  for (const [turn, message] of (text.messages ?? []).entries()) {
    for (const [index, block] of (message.blocks ?? []).entries()) {
      if (block.kind === "toolUse") {
        if (calls.has(block.id))
          context.addIssue({
            code: "custom",
            path: ["messages", turn, "blocks", index, "toolUse", "id"],
            message: `repeats the id of an earlier call (${block.id})`,
          });
        calls.add(block.id);
      }
      if (block.kind === "toolResult" && !calls.has(block.toolUseId)) {
        context.addIssue({
          code: "custom",
          path: ["messages", turn, "blocks", index, "toolResult", "toolUseId"],
          message: `answers no earlier toolUse block (no call has id ${block.toolUseId})`,
        });
      }
    }
  }
}

export const textSchema = textObject.superRefine(conversationIssues);
