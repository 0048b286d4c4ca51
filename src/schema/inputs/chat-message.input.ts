import { Field, InputType } from "type-graphql";
import { ChatRole } from "../enums/chat-role.enum";
import { ContentBlockInput } from "./content-block.input";

@InputType({
  description:
    "One turn of a conversation: plain text in content, or blocks (text, images, documents, tool calls and results). Exactly one of the two.",
})
export class ChatMessageInput {
  @Field(() => ChatRole)
  role!: (typeof ChatRole)[keyof typeof ChatRole];

  @Field(() => String, { nullable: true, description: "A plain-text turn." })
  content?: string | null;

  @Field(() => [ContentBlockInput], { nullable: true, description: "A turn of blocks, in order." })
  blocks?: ContentBlockInput[] | null;
}
