import { validateInvocation } from "../../../src/service/invocation-input.schema";
import { type TextRequestInput } from "../../../src/service/invocation.types";

const TOOL = { name: "get_weather", inputSchema: { type: "object", properties: { city: { type: "string" } } } };

function check(text: TextRequestInput) {
  return validateInvocation({ modelId: "anthropic.claude-3-haiku-20240307-v1:0", text });
}

function refusal(text: TextRequestInput): { field?: string; message: string } {
  const result = check(text);
  if (result.ok) throw new Error("expected a refusal");
  return { field: result.failure.field, message: result.failure.message };
}

describe("the shape of a text request, checked for every family", () => {
  it("turns GraphQL's blocks into content blocks, a tool result with text alone included", () => {
    const result = check({
      messages: [
        { role: "user", blocks: [{ image: { format: "png", s3Uri: "s3://photos/cat.png", bucketOwner: "123456789012" } }, { text: "Cat?" }] },
        {
          role: "assistant",
          blocks: [{ reasoning: { text: "A cat.", signature: "sig" } }, { toolUse: { id: "t1", name: "get_weather", input: { city: "Oslo" } } }],
        },
        { role: "user", blocks: [{ toolResult: { toolUseId: "t1", content: "Rain" } }, { cachePoint: true }] },
      ],
      tools: [TOOL],
      toolChoice: { mode: "any" },
      reasoning: { budgetTokens: 2048 },
    });
    expect(result.ok && result.value.kind === "text" && result.value.request).toMatchObject({
      messages: [
        {
          role: "user",
          blocks: [
            { kind: "image", format: "png", source: { s3Uri: "s3://photos/cat.png", bucketOwner: "123456789012" } },
            { kind: "text", text: "Cat?" },
          ],
        },
        {
          role: "assistant",
          blocks: [
            { kind: "reasoning", text: "A cat.", signature: "sig" },
            { kind: "toolUse", id: "t1", name: "get_weather", input: { city: "Oslo" } },
          ],
        },
        { role: "user", blocks: [{ kind: "toolResult", toolUseId: "t1", content: [{ text: "Rain" }], isError: false }, { kind: "cachePoint" }] },
      ],
      toolChoice: { mode: "any" },
      reasoning: { budgetTokens: 2048 },
    });
  });

  it.each<[string, TextRequestInput, string, RegExp]>([
    [
      "a turn with both content and blocks",
      { messages: [{ role: "user", content: "a", blocks: [{ text: "b" }] }] },
      "input.text.messages.0.content",
      /exactly one of content or blocks/,
    ],
    [
      "a block with two members",
      { messages: [{ role: "user", blocks: [{ text: "a", cachePoint: true }] }] },
      "input.text.messages.0.blocks.0",
      /exactly one of/,
    ],
    [
      "a tool call in the user's turn",
      { messages: [{ role: "user", blocks: [{ toolUse: { id: "t", name: "get_weather", input: {} } }] }], tools: [TOOL] },
      "input.text.messages.0.blocks.0.toolUse",
      /assistant turn/,
    ],
    [
      "a result that answers no call",
      { messages: [{ role: "user", blocks: [{ toolResult: { toolUseId: "nope", content: "x" } }] }] },
      "input.text.messages.0.blocks.0.toolResult.toolUseId",
      /no call has id nope/,
    ],
    [
      "an image with both base64 and s3Uri",
      { messages: [{ role: "user", blocks: [{ image: { format: "png", base64: "AAAA", s3Uri: "s3://bucket/k" } }] }] },
      "input.text.messages.0.blocks.0.image.base64",
      /exactly one of base64 or s3Uri/,
    ],
    [
      "bytes that are not base64",
      { messages: [{ role: "user", blocks: [{ image: { format: "png", base64: "%%%" } }] }] },
      "input.text.messages.0.blocks.0.image.base64",
      /not valid base64/,
    ],
    [
      "a call id used twice",
      {
        messages: [
          { role: "user", content: "x" },
          {
            role: "assistant",
            blocks: [{ toolUse: { id: "t", name: "get_weather", input: {} } }, { toolUse: { id: "t", name: "get_weather", input: {} } }],
          },
        ],
        tools: [TOOL],
      },
      "input.text.messages.1.blocks.1.toolUse.id",
      /repeats the id of an earlier call/,
    ],
    [
      "a tool call whose input is not an object",
      {
        messages: [
          { role: "user", content: "x" },
          { role: "assistant", blocks: [{ toolUse: { id: "t", name: "get_weather", input: [1] } }] },
        ],
      },
      "input.text.messages.1.blocks.0.toolUse.input",
      /must be a JSON object/,
    ],
    ["two tools of one name", { prompt: "x", tools: [TOOL, TOOL] }, "input.text.tools", /get_weather is given twice/],
    [
      "a tool choice naming no offered tool",
      { prompt: "x", tools: [TOOL], toolChoice: { tool: "get_time" } },
      "input.text.toolChoice.tool",
      /not among the tools/,
    ],
    ["a forced tool call without tools", { prompt: "x", toolChoice: { mode: "any" } }, "input.text.toolChoice", /no tools are given/],
    [
      "a tool schema that is not an object's",
      { prompt: "x", tools: [{ name: "t", inputSchema: { type: "string" } }] },
      "input.text.tools.0.inputSchema",
      /type: object/,
    ],
    [
      "a tool name Bedrock refuses",
      { prompt: "x", tools: [{ name: "get weather!", inputSchema: {} }] },
      "input.text.tools.0.name",
      /letters, digits/,
    ],
    [
      "a response format named like a tool",
      { prompt: "x", tools: [TOOL], responseFormat: { name: "get_weather", jsonSchema: {} } },
      "input.text.responseFormat.name",
      /also a tool's name/,
    ],
    [
      "both a budget and an effort",
      { prompt: "x", reasoning: { budgetTokens: 1024, effort: "low" } },
      "input.text.reasoning",
      /exactly one of budgetTokens or effort/,
    ],
  ])("refuses %s, naming the field", (_name, text, field, message) => {
    const { field: got, message: said } = refusal(text);
    expect(got).toBe(field);
    expect(said).toMatch(message);
  });
});
