import { GraphQLJSON } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { DocumentFormat, ImageFormat, VideoFormat } from "../enums/media-format.enums";

@InputType({ description: "An image: base64 bytes, or an S3 object for families that read S3 themselves." })
export class ImageBlockInput {
  @Field(() => ImageFormat)
  format!: (typeof ImageFormat)[keyof typeof ImageFormat];

  @Field(() => String, { nullable: true, description: "The image bytes, standard base64. Give this or s3Uri." })
  base64?: string | null;

  @Field(() => String, { nullable: true, description: "s3://bucket/key, for families that take S3 sources (Amazon Nova)." })
  s3Uri?: string | null;

  @Field(() => String, { nullable: true, description: "The bucket owner's account id, when the bucket is another account's." })
  bucketOwner?: string | null;
}

@InputType({ description: "A document the model reads: PDF for Claude, text formats as Cohere's grounding documents." })
export class DocumentBlockInput {
  @Field(() => DocumentFormat)
  format!: (typeof DocumentFormat)[keyof typeof DocumentFormat];

  @Field(() => String, { description: "A name for the document (letters, digits, spaces, hyphens, parentheses, brackets)." })
  name!: string;

  @Field(() => String, { description: "The document bytes, standard base64." })
  base64!: string;
}

@InputType({ description: "A video, for families that take one (Amazon Nova)." })
export class VideoBlockInput {
  @Field(() => VideoFormat)
  format!: (typeof VideoFormat)[keyof typeof VideoFormat];

  @Field(() => String, { nullable: true, description: "The video bytes, standard base64. Give this or s3Uri." })
  base64?: string | null;

  @Field(() => String, { nullable: true, description: "s3://bucket/key." })
  s3Uri?: string | null;

  @Field(() => String, { nullable: true, description: "The bucket owner's account id, when the bucket is another account's." })
  bucketOwner?: string | null;
}

@InputType({ description: "A tool call the model made, sent back in its assistant turn as the model wrote it." })
export class ToolUseBlockInput {
  @Field(() => String, { description: "The call's id, from ToolCall.id." })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => GraphQLJSON)
  input!: unknown;
}

@InputType({ description: "What a tool returned, in the user turn after the call." })
export class ToolResultBlockInput {
  @Field(() => String, { description: "The id of the call this answers." })
  toolUseId!: string;

  @Field(() => GraphQLJSON, { description: "What the tool returned: a string is text, anything else JSON." })
  content!: unknown;

  @Field(() => Boolean, { nullable: true, description: "The tool failed; the content says how." })
  isError?: boolean | null;
}

@InputType({
  description:
    "The model's reasoning, sent back unchanged in its assistant turn: Claude needs it, signed, to continue a tool loop while thinking; families that take no reasoning back leave it out.",
})
export class ReasoningBlockInput {
  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: "Reasoning.signature as the answer gave it." })
  signature?: string | null;

  @Field(() => String, { nullable: true, description: "One of Reasoning.redactedData, sent back as is." })
  redactedData?: string | null;
}

@InputType({
  description: "One block of a turn: exactly one member. Media and tool results stand in user turns, tool calls and reasoning in assistant turns.",
})
export class ContentBlockInput {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => ImageBlockInput, { nullable: true })
  image?: ImageBlockInput | null;

  @Field(() => DocumentBlockInput, { nullable: true })
  document?: DocumentBlockInput | null;

  @Field(() => VideoBlockInput, { nullable: true })
  video?: VideoBlockInput | null;

  @Field(() => ToolUseBlockInput, { nullable: true })
  toolUse?: ToolUseBlockInput | null;

  @Field(() => ToolResultBlockInput, { nullable: true })
  toolResult?: ToolResultBlockInput | null;

  @Field(() => ReasoningBlockInput, { nullable: true })
  reasoning?: ReasoningBlockInput | null;

  @Field(() => Boolean, { nullable: true, description: "true: the blocks so far are a prompt prefix the family may cache (Claude, Nova)." })
  cachePoint?: boolean | null;
}
