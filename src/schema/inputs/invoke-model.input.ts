import { GraphQLJSON } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { PerformanceLatency } from "../enums/performance-latency.enum";
import { ServiceTier } from "../enums/service-tier.enum";
import { TraceMode } from "../enums/trace-mode.enum";
import { EmbeddingInput } from "./embedding.input";
import { GuardrailInput } from "./guardrail.input";
import { ImageInput } from "./image.input";
import { TextInput } from "./text.input";

@InputType({ description: "One model invocation: a model and exactly one of text, embedding, image or body." })
export class InvokeModelInput {
  @Field(() => String, {
    description: "Foundation model id (anthropic.claude-3-haiku-20240307-v1:0), cross-region inference profile id (us.anthropic.…), or ARN.",
  })
  modelId!: string;

  @Field(() => TextInput, { nullable: true })
  text?: TextInput | null;

  @Field(() => EmbeddingInput, { nullable: true })
  embedding?: EmbeddingInput | null;

  @Field(() => ImageInput, { nullable: true })
  image?: ImageInput | null;

  @Field(() => GraphQLJSON, { nullable: true, description: "A raw provider request body, sent to Bedrock as is." })
  body?: unknown;

  @Field(() => String, { nullable: true, description: "MIME type of the request body; application/json by default." })
  contentType?: string | null;

  @Field(() => String, { nullable: true, description: "MIME type wanted for the response body." })
  accept?: string | null;

  @Field(() => TraceMode, { nullable: true })
  trace?: (typeof TraceMode)[keyof typeof TraceMode] | null;

  @Field(() => GuardrailInput, { nullable: true })
  guardrail?: GuardrailInput | null;

  @Field(() => PerformanceLatency, { nullable: true })
  performanceConfigLatency?: (typeof PerformanceLatency)[keyof typeof PerformanceLatency] | null;

  @Field(() => ServiceTier, { nullable: true })
  serviceTier?: (typeof ServiceTier)[keyof typeof ServiceTier] | null;
}
