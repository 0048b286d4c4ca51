import { Field, Int, ObjectType } from "type-graphql";
import { InputModality } from "../enums/input-modality.enum";
import { Modality } from "../enums/modality.enum";
import { ModelCapabilities } from "./model-capabilities.type";
import { ModelPricing } from "./model-pricing.type";

@ObjectType({ description: "One foundation model as the gateway's catalog describes it: what it takes, what it can do, what it costs." })
export class FoundationModel {
  @Field(() => String, { description: "The base model id, e.g. anthropic.claude-3-haiku-20240307-v1:0." })
  modelId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: "Who makes it, e.g. Anthropic, Amazon, Meta." })
  provider!: string;

  @Field(() => String, { nullable: true, description: "The gateway's codec family for normalized input; null when only a raw body reaches it." })
  family!: string | null;

  @Field(() => Modality, { description: "What it produces." })
  outputModality!: (typeof Modality)[keyof typeof Modality];

  @Field(() => [InputModality])
  inputModalities!: Array<(typeof InputModality)[keyof typeof InputModality]>;

  @Field(() => Boolean, { description: "Whether invokeModelStream works with it." })
  streaming!: boolean;

  @Field(() => Int, { nullable: true, description: "Most tokens of input (and output, where they share it) per call." })
  contextWindowTokens!: number | null;

  @Field(() => Int, { nullable: true, description: "Highest maxTokens it takes." })
  maxOutputTokens!: number | null;

  @Field(() => [Int], { description: "Vector lengths it offers (embedding models); empty otherwise." })
  embeddingDimensions!: number[];

  @Field(() => [String], { description: "Exact image sizes it makes, WIDTHxHEIGHT; empty when sized otherwise." })
  imageSizes!: string[];

  @Field(() => [String], { description: "Aspect ratios it makes, W:H, for models sized by ratio." })
  imageAspectRatios!: string[];

  @Field(() => String, { nullable: true, description: "The size rule in words, for models that take any size within limits." })
  imageSizeRule!: string | null;

  @Field(() => Boolean, { description: "Whether Bedrock refuses the bare model id on demand; call one of inferenceProfileIds instead." })
  inferenceProfileRequired!: boolean;

  @Field(() => [String], { description: "Cross-Region inference profile ids that run it (us., eu., apac., global., …)." })
  inferenceProfileIds!: string[];

  @Field(() => ModelCapabilities, {
    nullable: true,
    description: "Tools, media, reasoning and structured output through normalized input; null for models that do not write text.",
  })
  capabilities!: ModelCapabilities | null;

  @Field(() => ModelPricing)
  pricing!: ModelPricing;
}
