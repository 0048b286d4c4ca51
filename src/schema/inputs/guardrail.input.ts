import { Field, InputType } from "type-graphql";

@InputType({ description: "A Bedrock guardrail to apply to the invocation." })
export class GuardrailInput {
  @Field(() => String, { description: "Guardrail id or ARN." })
  identifier!: string;

  @Field(() => String, { description: "Guardrail version number, or DRAFT." })
  version!: string;
}
