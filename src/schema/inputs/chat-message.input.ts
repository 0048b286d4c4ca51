import { Field, InputType } from "type-graphql";
import { ChatRole } from "../enums/chat-role.enum";

@InputType({ description: "One turn of a conversation." })
export class ChatMessageInput {
  @Field(() => ChatRole)
  role!: (typeof ChatRole)[keyof typeof ChatRole];

  @Field(() => String)
  content!: string;
}
