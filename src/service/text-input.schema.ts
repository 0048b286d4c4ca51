import { z } from "zod";
import { type TextRequest } from "../models/invocation.types";
import { blockSchema, ROLES_FOR, type BlockMember } from "./content-block.schema";
import { nonEmpty, optional, toolName } from "./input-fields";
import { compileJsonSchema } from "./json-schema-check";

/**
 * The text request's shape, checked the same for every family before any model is consulted:
 * one of prompt or messages, each turn one of content or blocks, blocks where they may stand,
 * tools and schemas that compile, tool results that answer a call. Family limits (a Claude
 * temperature above 1, an image a family does not take) are the codecs' to check.
 */

const jsonSchemaObject = z.record(z.string(), z.unknown(), { error: "must be a JSON Schema object" }).superRefine((schema, context) => {
  const compiled = compileJsonSchema(schema);
  if (!compiled.ok) context.addIssue({ code: "custom", message: `is not a valid JSON Schema: ${compiled.failure}` });
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
