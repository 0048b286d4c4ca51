import { Field, Int, ObjectType } from "type-graphql";
import { InputModality } from "../enums/input-modality.enum";
import { ReasoningControl } from "../enums/reasoning-control.enum";

@ObjectType({ simpleResolvers: true, description: "One kind of media a model takes, with the limits the gateway holds it to before any call." })
export class MediaCapability {
  @Field(() => InputModality)
  modality!: (typeof InputModality)[keyof typeof InputModality];

  @Field(() => [String], { description: "Formats taken, lower case (png, jpeg, pdf, mp4, …)." })
  formats!: string[];

  @Field(() => Int, { description: "Largest item, in bytes (decoded)." })
  maxBytesPerItem!: number;

  @Field(() => Int, { description: "Most items of this kind per request." })
  maxItems!: number;

  @Field(() => Boolean, { description: "Whether an s3Uri source is taken instead of base64 bytes." })
  s3!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "What a text model can do through normalized input, so a UI can decide before it asks." })
export class ModelCapabilities {
  @Field(() => Boolean, { description: "Takes tools and calls them." })
  tools!: boolean;

  @Field(() => Boolean, { description: "Takes a responseFormat (JSON Schema output)." })
  structuredOutput!: boolean;

  @Field(() => ReasoningControl, { nullable: true, description: "How reasoning is asked for; null when the model does not reason on request." })
  reasoning!: (typeof ReasoningControl)[keyof typeof ReasoningControl] | null;

  @Field(() => Boolean, { description: "Takes cachePoint blocks (prompt caching)." })
  promptCaching!: boolean;

  @Field(() => [MediaCapability], { description: "Media taken besides text; empty for text-only models." })
  media!: MediaCapability[];

  @Field(() => Int, { description: "Most media bytes (decoded) per request, all kinds together." })
  maxMediaBytes!: number;
}
