import { Field, InputType } from "type-graphql";
import { Modality } from "../enums/modality.enum";

@InputType({ description: "Narrows the model list; every given member must match." })
export class ModelFilter {
  @Field(() => Modality, { nullable: true, description: "What the model produces." })
  modality?: (typeof Modality)[keyof typeof Modality] | null;

  @Field(() => String, { nullable: true, description: "Provider name, case-insensitive, e.g. anthropic." })
  provider?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only models that can (true) or cannot (false) stream." })
  streaming?: boolean | null;
}
