import { Field, Float, InputType, Int } from "type-graphql";
import { ChatMessageInput } from "./chat-message.input";
import { ReasoningInput } from "./reasoning.input";
import { ResponseFormatInput } from "./response-format.input";
import { ToolChoiceInput, ToolInput } from "./tool.input";

@InputType({ description: "Text generation, normalized across families. Give exactly one of prompt or messages." })
export class TextInput {
  @Field(() => String, { nullable: true, description: "A single user prompt." })
  prompt?: string | null;

  @Field(() => [ChatMessageInput], { nullable: true, description: "A conversation, oldest first." })
  messages?: ChatMessageInput[] | null;

  @Field(() => String, { nullable: true, description: "System instructions." })
  system?: string | null;

  @Field(() => Int, { nullable: true, description: "Most tokens to generate (at least 1); the family's default when omitted." })
  maxTokens?: number | null;

  @Field(() => Float, { nullable: true, description: "Sampling temperature; the allowed range depends on the family (0–1 for most)." })
  temperature?: number | null;

  @Field(() => Float, { nullable: true, description: "Nucleus sampling, 0–1." })
  topP?: number | null;

  @Field(() => Int, { nullable: true, description: "Top-k sampling, for families that support it." })
  topK?: number | null;

  @Field(() => [String], { nullable: true, description: "Generation stops before any of these." })
  stopSequences?: string[] | null;

  @Field(() => [ToolInput], { nullable: true, description: "Tools the model may call; its calls come back in TextResult.toolCalls." })
  tools?: ToolInput[] | null;

  @Field(() => ToolChoiceInput, { nullable: true, description: "Whether and which tool the model calls; the family's default (AUTO) when omitted." })
  toolChoice?: ToolChoiceInput | null;

  @Field(() => ResponseFormatInput, { nullable: true, description: "Ask for a JSON answer matching a schema." })
  responseFormat?: ResponseFormatInput | null;

  @Field(() => ReasoningInput, {
    nullable: true,
    description: "Reasoning before the answer, for models that take it (see FoundationModel.capabilities).",
  })
  reasoning?: ReasoningInput | null;
}
