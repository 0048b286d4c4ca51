import { Field, InterfaceType } from "type-graphql";
import { BedrockErrorCode } from "../enums/bedrock-error-code.enum";
import { ErrorSource } from "../enums/error-source.enum";

@InterfaceType({ description: "A failed invocation: one implementation per Bedrock Runtime exception." })
export abstract class BedrockError {
  @Field(() => String)
  message!: string;

  @Field(() => BedrockErrorCode)
  code!: (typeof BedrockErrorCode)[keyof typeof BedrockErrorCode];

  @Field(() => Boolean, { description: "Whether the same call may succeed if tried again later." })
  retryable!: boolean;

  @Field(() => String, { nullable: true, description: "AWS request id when Bedrock answered; null for gateway decisions." })
  requestId!: string | null;

  @Field(() => ErrorSource)
  source!: (typeof ErrorSource)[keyof typeof ErrorSource];
}
