import { z } from "zod";
import { requestFields } from "./request-fields";

// The Converse request as the service model constrains it. Reference pages:
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html (request),
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ContentBlock.html (content union),
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolConfiguration.html (tools).

// Media sources are unions: inline bytes (base64 in the JSON on the wire) or an S3 location.
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ImageSource.html
const mediaSourceSchema = z
  .looseObject({
    bytes: z.string().optional(),
    s3Location: z.looseObject({ uri: z.string().startsWith("s3://"), bucketOwner: z.string().optional() }).optional(),
  })
  .refine((source) => (source.bytes === undefined) !== (source.s3Location === undefined), "exactly one of bytes and s3Location must be set");

// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ImageBlock.html
const IMAGE_FORMATS = ["png", "jpeg", "gif", "webp"] as const;
const imageSchema = z.looseObject({ format: z.enum(IMAGE_FORMATS), source: mediaSourceSchema });

// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_DocumentBlock.html: the source may
// also be inline text or content blocks, so only the name is read here.
const documentSchema = z.looseObject({ format: z.string().optional(), name: z.string().min(1) });

// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolResultBlock.html
const toolResultSchema = z.looseObject({
  toolUseId: z.string().min(1).max(64),
  content: z.array(z.looseObject({ text: z.string().optional(), json: z.unknown().optional(), image: imageSchema.optional() })),
  status: z.enum(["success", "error"]).optional(),
});

// One member of the ContentBlock union per block. Members the emulator does not read (video,
// guardContent, citationsContent, searchResult…) are accepted as they come.
const contentBlockSchema = z.looseObject({
  text: z.string().optional(),
  image: imageSchema.optional(),
  document: documentSchema.optional(),
  // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolUseBlock.html
  toolUse: z.looseObject({ toolUseId: z.string().min(1).max(64), name: z.string().min(1).max(64), input: z.unknown() }).optional(),
  toolResult: toolResultSchema.optional(),
  // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ReasoningContentBlock.html
  reasoningContent: z
    .looseObject({
      reasoningText: z.looseObject({ text: z.string(), signature: z.string().optional() }).optional(),
      redactedContent: z.string().optional(),
    })
    .optional(),
  // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_CachePointBlock.html
  cachePoint: z.looseObject({ type: z.literal("default") }).optional(),
});

// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolSpecification.html:
// names match [a-zA-Z0-9_-]+, 1 to 64 characters; a tools entry may instead be a cache point.
const toolSchema = z.looseObject({
  toolSpec: z
    .looseObject({
      name: z
        .string()
        .min(1)
        .max(64)
        .regex(/^[a-zA-Z0-9_-]+$/),
      description: z.string().min(1).optional(),
      inputSchema: z.looseObject({ json: z.record(z.string(), z.unknown()) }),
    })
    .optional(),
  cachePoint: z.looseObject({ type: z.literal("default") }).optional(),
});

// ToolChoice is a union too: auto, any or one named tool.
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html
const toolChoiceSchema = z
  .looseObject({
    auto: z.looseObject({}).optional(),
    any: z.looseObject({}).optional(),
    tool: z.looseObject({ name: z.string().min(1).max(64) }).optional(),
  })
  .refine((choice) => [choice.auto, choice.any, choice.tool].filter((member) => member !== undefined).length === 1, "exactly one member must be set");

// Constraints from the Converse page: roles user|assistant, maxTokens ≥ 1, temperature and topP
// in [0, 1], at most 2500 stop sequences, at least one tool in a toolConfig.
export const converseRequestSchema = z.looseObject({
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
  toolConfig: z.looseObject({ tools: z.array(toolSchema).min(1), toolChoice: toolChoiceSchema.optional() }).optional(),
  // Fields passed to the model as they are, in its own InvokeModel names (Claude's `thinking`,
  // Nova 2's `reasoningConfig`…); the answer reads the few that change what a model does.
  additionalModelRequestFields: z.record(z.string(), z.unknown()).optional(),
});

export type ConverseRequest = z.infer<typeof converseRequestSchema>;
export type ConverseContentBlock = z.infer<typeof contentBlockSchema>;
export type ConverseToolResult = z.infer<typeof toolResultSchema>;
