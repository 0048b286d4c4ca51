import { registerEnumType } from "type-graphql";

export const ChatRole = {
  USER: "user",
  ASSISTANT: "assistant",
} as const;

registerEnumType(ChatRole, { name: "ChatRole", description: "Who wrote a chat message." });
