import { answerConverse, type ConverseOutcome, type ConverseReply } from "../../../../src/emulator/engines/answer-converse";
import { reasoningSignature } from "../../../../src/emulator/engines/conversation-reply";

// A 1×1 PNG.
const PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

const weatherTool = {
  toolSpec: {
    name: "get_weather",
    inputSchema: { json: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } },
  },
};

const conversation = {
  system: [{ text: "Be brief" }],
  messages: [
    { role: "user", content: [{ text: "Hi" }] },
    { role: "assistant", content: [{ text: "Hello" }] },
    { role: "user", content: [{ text: "Name three colours" }, { image: { format: "png", source: { bytes: PIXEL_PNG } } }] },
  ],
};

function replyOf(outcome: ConverseOutcome): ConverseReply {
  if (!outcome.ok) throw new Error(`expected a reply, got ${outcome.exception}: ${outcome.message}`);
  return outcome.reply;
}

describe("the Converse answer", () => {
  it("replies to the last user message, counting every turn and the system prompt as input", () => {
    const reply = replyOf(answerConverse("amazon.nova-pro-v1:0", conversation));
    expect(reply.text).toMatch(/^You said: I see a png image of 70 bytes\. Name three colours\./);
    expect(reply.content).toEqual([{ text: reply.text }]);
    expect(reply.pieces.join("")).toBe(reply.text);
    expect(reply.usage).toEqual({
      inputTokens: 7,
      outputTokens: reply.pieces.length,
      totalTokens: 7 + reply.pieces.length,
    });
    expect(reply.stopReason).toBe("end_turn");
  });

  it("tolerates Converse fields it does not read", () => {
    const body = {
      ...conversation,
      toolConfig: { tools: [weatherTool, { cachePoint: { type: "default" } }] },
      additionalModelRequestFields: { top_k: 5 },
    };
    expect(answerConverse("mistral.mistral-large-2407-v1:0", body).ok).toBe(true);
  });

  it("names every problem in Coral's validation wording", () => {
    const outcome = answerConverse("amazon.nova-pro-v1:0", {
      ...conversation,
      inferenceConfig: { maxTokens: 0, temperature: 2 },
    });
    expect(outcome).toMatchObject({ ok: false, exception: "ValidationException" });
    expect(!outcome.ok && outcome.message).toMatch(
      /^2 validation errors detected: Value at 'inferenceConfig.maxTokens' .*; Value at 'inferenceConfig.temperature' /,
    );
  });

  it("calls a tool named in the question, with toolUse input from its schema, then answers from the toolResult", () => {
    const question = { role: "user", content: [{ text: "What is the weather in Oslo?" }] };
    const first = replyOf(answerConverse("amazon.nova-pro-v1:0", { messages: [question], toolConfig: { tools: [weatherTool] } }));
    expect(first.stopReason).toBe("tool_use");
    expect(first.content).toEqual([
      { toolUse: { toolUseId: expect.stringMatching(/^tooluse_/), name: "get_weather", input: { city: expect.any(String) } } },
    ]);
    const call = first.content[0] as { toolUse: { toolUseId: string } };
    const second = replyOf(
      answerConverse("amazon.nova-pro-v1:0", {
        messages: [
          question,
          { role: "assistant", content: first.content },
          { role: "user", content: [{ toolResult: { toolUseId: call.toolUse.toolUseId, content: [{ json: { sky: "clear" } }] } }] },
        ],
        toolConfig: { tools: [weatherTool] },
      }),
    );
    expect(second.stopReason).toBe("end_turn");
    expect(second.text).toContain('get_weather returned {"sky":"clear"}');
  });

  it("reasons when Claude's thinking is on, signing the reasoning", () => {
    const reply = replyOf(
      answerConverse("anthropic.claude-sonnet-4-5-20250929-v1:0", {
        ...conversation,
        additionalModelRequestFields: { thinking: { type: "enabled", budget_tokens: 1024 } },
      }),
    );
    const [reasoning] = reply.content as Array<{ reasoningContent: { reasoningText: { text: string; signature: string } } }>;
    expect(reasoning.reasoningContent.reasoningText.signature).toBe(reasoningSignature(reasoning.reasoningContent.reasoningText.text));
    expect(reply.content[1]).toEqual({ text: reply.text });
  });

  it.each([
    ["tool blocks without a toolConfig", {}, /^The toolConfig field must be defined/],
    ["a toolResult that answers no toolUse of the previous turn", { toolConfig: { tools: [weatherTool] }, toolUseId: "other" }, /matches no toolUse/],
    ["a changed reasoning block", { toolConfig: { tools: [weatherTool] }, tamper: true }, /Invalid signature/],
    [
      "a toolChoice naming a tool not offered",
      { toolConfig: { tools: [weatherTool], toolChoice: { tool: { name: "missing" } } } },
      /not one of the tools/,
    ],
  ])("refuses %s", (_description, { toolUseId = "tooluse_1", tamper = false, ...fields }: Record<string, unknown>, message) => {
    const reasoning = { reasoningText: { text: "I look it up.", signature: reasoningSignature(tamper ? "Something else" : "I look it up.") } };
    const outcome = answerConverse("amazon.nova-pro-v1:0", {
      messages: [
        { role: "user", content: [{ text: "What is the weather in Oslo?" }] },
        {
          role: "assistant",
          content: [{ reasoningContent: reasoning }, { toolUse: { toolUseId: "tooluse_1", name: "get_weather", input: { city: "Oslo" } } }],
        },
        { role: "user", content: [{ toolResult: { toolUseId, content: [{ text: "Clear" }] } }] },
      ],
      ...fields,
    });
    expect(outcome).toMatchObject({ ok: false, exception: "ValidationException", message: expect.stringMatching(message) });
  });

  it("refuses image bytes that are not the declared format", () => {
    const outcome = answerConverse("amazon.nova-pro-v1:0", {
      messages: [{ role: "user", content: [{ text: "What is this?" }, { image: { format: "jpeg", source: { bytes: PIXEL_PNG } } }] }],
    });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining("messages.0.content.1.image.source.bytes: The image format jpeg") });
  });

  it("refuses an embedding model before reading the body", () => {
    expect(answerConverse("amazon.titan-embed-text-v1", "not even an object")).toMatchObject({
      ok: false,
      exception: "ValidationException",
    });
  });
});
