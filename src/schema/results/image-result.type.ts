import { Field, ObjectType } from "type-graphql";
import { GeneratedImage } from "./generated-image.type";
import { InvocationResult } from "./invocation-result.interface";

@ObjectType({ simpleResolvers: true, implements: InvocationResult, description: "Generated images." })
export class ImageResult extends InvocationResult {
  @Field(() => [GeneratedImage])
  images!: GeneratedImage[];
}
