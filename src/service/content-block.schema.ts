import { z } from "zod";
import { isBase64 } from "../models/content/media-bytes";
import { type ContentBlock } from "../models/invocation.types";
import { nonEmpty, optional, toolName } from "./input-fields";

/**
 * One block of a turn as GraphQL delivers it (exactly one member), checked and made a
 * `ContentBlock`: base64 that decodes, an S3 URI or bytes, a tool call's input an object.
 */

const base64 = z.string().min(1, "must not be empty").refine(isBase64, "is not valid base64 (standard alphabet, padded)");

const s3Uri = z.string().regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+$/, "must be an s3://bucket/key URI");

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

export type BlockMember = keyof typeof blockMembers;

// Which turn may hold each kind of block: the user gives media and tool results, the model made tool calls and reasoning.
export const ROLES_FOR: Record<BlockMember, ReadonlyArray<"user" | "assistant">> = {
  text: ["user", "assistant"],
  image: ["user"],
  document: ["user"],
  video: ["user"],
  toolUse: ["assistant"],
  toolResult: ["user"],
  reasoning: ["assistant"],
  cachePoint: ["user", "assistant"],
};

export const blockSchema = z
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
