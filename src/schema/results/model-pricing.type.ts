import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({ description: "On-demand prices in US dollars, from the gateway's model catalog; null where the model is not billed that way." })
export class ModelPricing {
  @Field(() => Float, { nullable: true })
  inputPer1kTokensUsd!: number | null;

  @Field(() => Float, { nullable: true })
  outputPer1kTokensUsd!: number | null;

  @Field(() => Float, { nullable: true, description: "Prompt-cache reads, for models with prompt caching." })
  cacheReadPer1kTokensUsd!: number | null;

  @Field(() => Float, { nullable: true, description: "Prompt-cache writes, for models with prompt caching." })
  cacheWritePer1kTokensUsd!: number | null;

  @Field(() => Float, { nullable: true, description: "Per generated image." })
  perImageUsd!: number | null;

  @Field(() => Float, { nullable: true, description: "Per image given as input (multimodal embeddings)." })
  perInputImageUsd!: number | null;
}
