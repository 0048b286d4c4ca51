import { type CodecProblem } from "../codec.types";
import { type FamilyCapabilities, type MediaLimit } from "../family-capabilities";
import { type ContentBlock, type TextRequest } from "../invocation.types";
import { decodedLength, hasSignature, sniffFormat } from "./media-bytes";

type MediaKind = "image" | "document" | "video";
type MediaBlock = Extract<ContentBlock, { kind: MediaKind }>;

const PLURAL: Record<MediaKind, string> = { image: "images", document: "documents", video: "videos" };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 2)} MiB`;
}

/** In words, what media the family takes, for messages that refuse some other kind. */
function takenMedia(capabilities: FamilyCapabilities): string {
  const kinds = (["image", "document", "video"] as const).filter((kind) => capabilities[kind] !== null);
  return kinds.length === 0 ? "text only" : `text and ${kinds.map((kind) => PLURAL[kind]).join(" and ")}`;
}

function checkMedia(
  block: MediaBlock,
  field: string,
  limit: MediaLimit | null,
  capabilities: FamilyCapabilities,
  family: string,
): CodecProblem | null {
  if (limit === null) return { field, message: `${family} takes ${takenMedia(capabilities)}, not ${PLURAL[block.kind]}` };
  if (!limit.formats.includes(block.format)) {
    return { field: `${field}.format`, message: `${family} takes ${block.kind} formats ${limit.formats.join(", ")}; got ${block.format}` };
  }
  if ("s3Uri" in block.source) {
    return limit.s3 ? null : { field: `${field}.s3Uri`, message: `${family} takes ${PLURAL[block.kind]} as base64 bytes, not S3 locations` };
  }
  const bytes = decodedLength(block.source.base64);
  if (bytes > limit.maxBytesPerItem) {
    return {
      field: `${field}.base64`,
      message: `${family} takes ${PLURAL[block.kind]} of at most ${megabytes(limit.maxBytesPerItem)}; this one is ${megabytes(bytes)}`,
    };
  }
  const sniffed = sniffFormat(block.source.base64);
  if (hasSignature(block.format) && sniffed !== block.format) {
    const actual = sniffed === null ? "bytes of no known image or document format" : `${sniffed} bytes`;
    return { field: `${field}.base64`, message: `the ${block.kind} is declared ${block.format} but holds ${actual}` };
  }
  return null;
}

function blockProblem(block: ContentBlock, field: string, capabilities: FamilyCapabilities, family: string): CodecProblem | null {
  switch (block.kind) {
    case "image":
    case "document":
    case "video":
      return checkMedia(block, `${field}.${block.kind}`, capabilities[block.kind], capabilities, family);
    case "toolUse":
    case "toolResult":
      return capabilities.tools ? null : { field: `${field}.${block.kind}`, message: `${family} has no tools` };
    case "reasoning":
      // Reasoning is what the model said; families that take none back (all but Claude and Nova) leave it out, as their providers advise.
      return null;
    case "cachePoint":
      return capabilities.cachePoints ? null : { field: `${field}.cachePoint`, message: `${family} has no prompt-cache points` };
    case "text":
      return null;
  }
}

function countProblem(request: TextRequest, capabilities: FamilyCapabilities, family: string): CodecProblem | null {
  const media = (request.messages ?? []).flatMap((message) => message.blocks ?? []).filter((block): block is MediaBlock => block.kind in PLURAL);
  for (const kind of ["image", "document", "video"] as const) {
    const limit = capabilities[kind];
    const count = media.filter((block) => block.kind === kind).length;
    if (limit !== null && count > limit.maxItems) {
      return { field: "messages", message: `${family} takes at most ${limit.maxItems} ${PLURAL[kind]} per request; got ${count}` };
    }
  }
  const total = media.reduce((sum, block) => sum + ("base64" in block.source ? decodedLength(block.source.base64) : 0), 0);
  if (total > capabilities.maxMediaBytes) {
    return {
      field: "messages",
      message: `${family} takes at most ${megabytes(capabilities.maxMediaBytes)} of media per request; got ${megabytes(total)}`,
    };
  }
  return null;
}

function optionProblem(request: TextRequest, capabilities: FamilyCapabilities, family: string): CodecProblem | null {
  if ((request.tools !== undefined || request.toolChoice !== undefined) && !capabilities.tools) {
    return { field: request.tools !== undefined ? "tools" : "toolChoice", message: `${family} has no tools` };
  }
  if (request.responseFormat !== undefined) {
    if (capabilities.structuredOutput === null) return { field: "responseFormat", message: `${family} has no structured output` };
    if (capabilities.structuredOutput === "tool" && (request.tools !== undefined || request.toolChoice !== undefined)) {
      return {
        field: "responseFormat",
        message: `${family} gives structured output by forcing a tool call, so it cannot be combined with tools or toolChoice in one request; ask for the JSON in a turn without tools`,
      };
    }
  }
  const reasoning = request.reasoning;
  if (reasoning !== undefined) {
    const control = capabilities.reasoning;
    if (control === null) return { field: "reasoning", message: `${family} has no reasoning setting` };
    if (control === "always") return { field: "reasoning", message: `${family} always reasons and takes no reasoning setting; leave it out` };
    if (control === "budget" && !("budgetTokens" in reasoning))
      return { field: "reasoning.effort", message: `${family} takes reasoning as budgetTokens, not effort` };
    if (control === "effort" && !("effort" in reasoning))
      return { field: "reasoning.budgetTokens", message: `${family} takes reasoning as effort (LOW, MEDIUM, HIGH), not budgetTokens` };
  }
  return null;
}

/**
 * The first part of a text request the family's body cannot carry — a tool, a kind, format or
 * size of media, a reasoning setting, a cache point — as a problem naming the field and what the
 * family takes; null when it all fits. Runs before any upstream call.
 */
export function checkContent(request: TextRequest, capabilities: FamilyCapabilities, family: string): CodecProblem | null {
  const options = optionProblem(request, capabilities, family);
  if (options !== null) return options;
  for (const [turn, message] of (request.messages ?? []).entries()) {
    for (const [index, block] of (message.blocks ?? []).entries()) {
      const problem = blockProblem(block, `messages.${turn}.blocks.${index}`, capabilities, family);
      if (problem !== null) return problem;
    }
  }
  return countProblem(request, capabilities, family);
}
