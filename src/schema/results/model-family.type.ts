import { Field, ObjectType } from "type-graphql";
import { Modality } from "../enums/modality.enum";

@ObjectType({
  simpleResolvers: true,
  description: "A model family the gateway speaks natively: normalized text, embedding or image input works for its models.",
})
export class ModelFamily {
  @Field(() => String, { description: "Stable family name, as used in error messages." })
  family!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Modality, { description: "What its models produce, and so which input to give them." })
  modality!: (typeof Modality)[keyof typeof Modality];

  @Field(() => [String], { description: "Base model id prefixes; profile ids and ARNs of these models match too." })
  modelIdPrefixes!: string[];
}
