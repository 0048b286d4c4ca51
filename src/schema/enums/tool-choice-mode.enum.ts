import { registerEnumType } from "type-graphql";

export const ToolChoiceMode = { AUTO: "auto", ANY: "any", NONE: "none" } as const;

registerEnumType(ToolChoiceMode, {
  name: "ToolChoiceMode",
  description: "Whether the model may call a tool (AUTO), must call one (ANY) or must not (NONE).",
});
