import { Field, Float, InputType, Int } from "type-graphql";

@InputType({ description: "Text-to-image generation, normalized across families." })
export class ImageInput {
  @Field(() => String)
  prompt!: string;

  @Field(() => String, { nullable: true, description: "What the image should not show." })
  negativePrompt?: string | null;

  @Field(() => Int, { nullable: true, description: "Width in pixels; each family allows its own sizes." })
  width?: number | null;

  @Field(() => Int, { nullable: true, description: "Height in pixels; each family allows its own sizes." })
  height?: number | null;

  @Field(() => Int, { nullable: true, description: "How many images to generate." })
  numberOfImages?: number | null;

  // Float, not Int: Stability seeds go up to 4294967294, past GraphQL's 32-bit Int.
  @Field(() => Float, { nullable: true, description: "A whole number; the same seed and prompt give the same image." })
  seed?: number | null;

  @Field(() => Float, { nullable: true, description: "How closely to follow the prompt." })
  cfgScale?: number | null;
}
