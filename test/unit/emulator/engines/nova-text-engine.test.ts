import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { reasoningSignature } from "../../../../src/emulator/engines/conversation-reply";
import { answerOf, bodyOf, validationMessageOf } from "./engine-outcome.assertions";
import { BAD_BASE64, PNG_BASE64, PNG_SEEN, schemaErrors, streamedChunks, WEATHER_QUESTION, WEATHER_SCHEMA } from "./text-engine.fixtures";

const LITE = "amazon.nova-lite-v1:0";
const NOVA_2 = "us.amazon.nova-2-lite-v1:0";
const toolConfig = { tools: [{ toolSpec: { name: "get_weather", description: "Forecast", inputSchema: { json: WEATHER_SCHEMA } } }] };

const userSays = (...content: unknown[]) => ({ schemaVersion: "messages-v1", messages: [{ role: "user", content }] });
const textOf = (modelId: string, body: unknown): string => bodyOf(answerInvoke(modelId, body)).output.message.content.at(-1).text;

const toolTurns = (toolUseId: string) => [
  { role: "user", content: [{ text: WEATHER_QUESTION }] },
  { role: "assistant", content: [{ toolUse: { toolUseId: "tooluse_1", name: "get_weather", input: { city: "Paris", days: 2 } } }] },
  { role: "user", content: [{ toolResult: { toolUseId, content: [{ json: { forecast: "sunny" } }], status: "success" } }] },
];

describe("Amazon Nova engine: tools, media and reasoning", () => {
  it("calls a tool with input that satisfies its schema", () => {
    const outcome = answerInvoke(LITE, { ...userSays({ text: WEATHER_QUESTION }), toolConfig });
    const body = bodyOf(outcome);
    expect(body.stopReason).toBe("tool_use");
    expect(body.output.message.content).toEqual([
      { toolUse: { toolUseId: expect.stringMatching(/^tooluse_/), name: "get_weather", input: expect.any(Object) } },
    ]);
    expect(schemaErrors(WEATHER_SCHEMA, body.output.message.content[0].toolUse.input)).toEqual([]);
    expect(body.usage.outputTokens).toBe(answerOf(outcome).outputTokens);
  });

  it("calls a tool when toolChoice any or tool asks, whatever the question", () => {
    expect(bodyOf(answerInvoke(LITE, { ...userSays({ text: "Hello" }), toolConfig: { ...toolConfig, toolChoice: { any: {} } } })).stopReason).toBe(
      "tool_use",
    );
    expect(
      bodyOf(answerInvoke(LITE, { ...userSays({ text: "Hello" }), toolConfig: { ...toolConfig, toolChoice: { tool: { name: "get_weather" } } } }))
        .stopReason,
    ).toBe("tool_use");
    expect(
      validationMessageOf(
        answerInvoke(LITE, { ...userSays({ text: "Hello" }), toolConfig: { ...toolConfig, toolChoice: { tool: { name: "nope" } } } }),
      ),
    ).toContain("toolChoice");
  });

  it("answers a tool result in text that uses it, and refuses a result for a call never made", () => {
    const body = bodyOf(answerInvoke(LITE, { messages: toolTurns("tooluse_1"), toolConfig }));
    expect(body.stopReason).toBe("end_turn");
    expect(body.output.message.content[0].text).toContain('get_weather returned {"forecast":"sunny"}');
    expect(validationMessageOf(answerInvoke(LITE, { messages: toolTurns("tooluse_9"), toolConfig }))).toContain("toolResult.toolUseId");
  });

  it("describes an inline image and accepts one from S3 unread", () => {
    const inline = userSays({ image: { format: "png", source: { bytes: PNG_BASE64 } } }, { text: "What is this?" });
    expect(textOf(LITE, inline)).toContain(PNG_SEEN);
    const s3 = userSays({ video: { format: "mp4", source: { s3Location: { uri: "s3://bucket/clip.mp4" } } } }, { text: "Summarise" });
    expect(textOf("amazon.nova-pro-v1:0", s3)).toContain("a mp4 video at s3://bucket/clip.mp4");
  });

  it.each([
    ["bad base64", LITE, { image: { format: "png", source: { bytes: BAD_BASE64 } } }, "not valid base64"],
    ["bytes of another format", LITE, { image: { format: "jpeg", source: { bytes: PNG_BASE64 } } }, "does not match"],
    [
      "an image for text-only Micro",
      "amazon.nova-micro-v1:0",
      { image: { format: "png", source: { bytes: PNG_BASE64 } } },
      "does not support image input",
    ],
    ["a document, which InvokeModel does not take", LITE, { document: { format: "pdf", name: "doc", source: { bytes: "JVBERi0=" } } }, "Converse"],
  ])("refuses %s", (_description, modelId, block, message) => {
    expect(validationMessageOf(answerInvoke(modelId, userSays(block, { text: "Read this" })))).toContain(message);
  });

  it("reasons on Nova 2 when asked, signed, longer at higher effort; Nova 1 refuses reasoningConfig", () => {
    const ask = (maxReasoningEffort: string) =>
      bodyOf(answerInvoke(NOVA_2, { ...userSays({ text: "Plan a trip" }), reasoningConfig: { type: "enabled", maxReasoningEffort } }));
    const [high, low] = [ask("high"), ask("low")];
    const thought = high.output.message.content[0].reasoningContent.reasoningText;
    expect(thought).toEqual({ text: expect.stringContaining("Plan a trip"), signature: reasoningSignature(thought.text) });
    expect(high.output.message.content[1].text).toMatch(/^You said: Plan a trip\./);
    expect(thought.text.length).toBeGreaterThan(low.output.message.content[0].reasoningContent.reasoningText.text.length);
    expect(high.usage.outputTokens).toBeGreaterThan(low.usage.outputTokens);
    expect(validationMessageOf(answerInvoke(LITE, { ...userSays({ text: "Plan" }), reasoningConfig: { type: "enabled" } }))).toContain(
      "reasoningConfig",
    );
  });

  it("tolerates cache points in the conversation", () => {
    expect(textOf(LITE, userSays({ text: "Describe the moon" }, { cachePoint: { type: "default" } }))).toMatch(/^You said: Describe the moon\./);
  });

  it("streams reasoning then its signature, and a tool call started then its input in pieces, matching the one-shot answer", () => {
    const body = { ...userSays({ text: WEATHER_QUESTION }), toolConfig, reasoningConfig: { type: "enabled", maxReasoningEffort: "low" } };
    const answer = bodyOf(answerInvoke(NOVA_2, body));
    const chunks = streamedChunks(NOVA_2, body);
    const deltas = (index: number) =>
      chunks.filter((chunk) => chunk.contentBlockDelta?.contentBlockIndex === index).map((chunk) => chunk.contentBlockDelta.delta);
    const [reasoning, call] = answer.output.message.content;
    expect(
      deltas(0)
        .map((delta) => delta.reasoningContent.text ?? "")
        .join(""),
    ).toBe(reasoning.reasoningContent.reasoningText.text);
    expect(deltas(0).at(-1)).toEqual({ reasoningContent: { signature: reasoning.reasoningContent.reasoningText.signature } });
    expect(chunks).toContainEqual({
      contentBlockStart: { contentBlockIndex: 1, start: { toolUse: { toolUseId: call.toolUse.toolUseId, name: "get_weather" } } },
    });
    expect(
      JSON.parse(
        deltas(1)
          .map((delta) => delta.toolUse.input)
          .join(""),
      ),
    ).toEqual(call.toolUse.input);
    expect(chunks.slice(-2)).toEqual([
      { messageStop: { stopReason: "tool_use" } },
      { metadata: { usage: { inputTokens: answer.usage.inputTokens, outputTokens: answer.usage.outputTokens }, metrics: {}, trace: {} } },
    ]);
    expect(chunks.filter((chunk) => chunk.contentBlockStop !== undefined)).toHaveLength(2);
  });
});
