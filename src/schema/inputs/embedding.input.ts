import { Field, InputType, Int } from "type-graphql";
import { EmbeddingInputType } from "../enums/embedding-input-type.enum";

@InputType({ description: "A text embedding, normalized across families." })
export class EmbeddingInput {
  @Field(() => String)
  text!: string;

  @Field(() => Int, { nullable: true, description: "Vector length, for models that offer several (Titan v2: 256, 512, 1024)." })
  dimensions?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Whether to L2-normalize the vector, for models that offer it." })
  normalize?: boolean | null;

  @Field(() => EmbeddingInputType, { nullable: true })
  inputType?: (typeof EmbeddingInputType)[keyof typeof EmbeddingInputType] | null;
}
