import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "One generated image." })
export class GeneratedImage {
  @Field(() => String, { description: "The image file, base64-encoded." })
  base64!: string;

  @Field(() => String, { description: "e.g. image/png" })
  mimeType!: string;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;

  // Float, not Int: Stability seeds go up to 4294967294, past GraphQL's 32-bit Int.
  @Field(() => Float, { nullable: true, description: "The seed that produced it, where the model reports one." })
  seed!: number | null;
}
