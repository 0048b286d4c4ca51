import { fetchCalls } from "../../helpers/emulator-harness";
import { assistantTurn, invokeOver, streamOver, type Transport, useGatewayAndSocket } from "./conversation-client";

const CLAUDE = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";
const TOOLS = [
  {
    name: "get_weather",
    description: "The forecast for a city",
    inputSchema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
];
const QUESTION = { role: "USER", content: "Should I pack an umbrella? Check the weather in Bergen." };

describe("reasoning, streamed and sent back", () => {
  const suite = useGatewayAndSocket();

  it("Claude streams its thinking, signed, before the tool call; sent back with the result, the loop goes on", async () => {
    const text = { messages: [QUESTION], tools: TOOLS, reasoning: { budgetTokens: 1024 }, maxTokens: 2048 };
    const events = await streamOver(suite.socket, { modelId: CLAUDE, text });
    const completed = events.at(-1)!;
    expect(completed).toMatchObject({ __typename: "StreamCompleted", finishReason: "TOOL_USE" });
    const thinking = events.filter((event) => event.__typename === "ReasoningDelta");
    const firstCall = events.findIndex((event) => event.__typename === "ToolCallDelta");
    expect(thinking.length).toBeGreaterThan(1);
    expect(events.indexOf(thinking.at(-1)!)).toBeLessThan(firstCall);
    expect(thinking.map((piece) => piece.text).join("")).toBe(completed.reasoning.text);
    expect(thinking.at(-1)!.signature).toBe(completed.reasoning.signature);
    expect(completed.reasoning.signature).toMatch(/\S{20,}/);

    const result = { role: "USER", blocks: [{ toolResult: { toolUseId: completed.toolCalls[0].id, content: "Rain all week." } }] };
    const next = await invokeOver("http", suite.harness, suite.socket, {
      modelId: CLAUDE,
      text: { ...text, messages: [QUESTION, assistantTurn({ ...completed, text: "" }), result] },
    });
    expect(next).toMatchObject({ __typename: "TextResult", finishReason: "END_TURN" });
    expect(next.text).toContain("Rain all week");
    expect(next.reasoning.signature).toMatch(/\S{20,}/);
  });

  it("Claude refuses reasoning sent back changed, as Bedrock does: a typed error from Bedrock, not a crash", async () => {
    const text = { messages: [QUESTION], tools: TOOLS, reasoning: { budgetTokens: 1024 }, maxTokens: 2048 };
    const first = await invokeOver("http", suite.harness, suite.socket, { modelId: CLAUDE, text });
    const turn = assistantTurn(first) as { blocks: Array<Record<string, any>> };
    turn.blocks[0] = { reasoning: { text: `${first.reasoning.text} (edited)`, signature: first.reasoning.signature } };
    const result = { role: "USER", blocks: [{ toolResult: { toolUseId: first.toolCalls[0].id, content: "Rain." } }] };
    const answer = await invokeOver("http", suite.harness, suite.socket, { modelId: CLAUDE, text: { ...text, messages: [QUESTION, turn, result] } });
    expect(answer).toMatchObject({ __typename: "ValidationError", source: "BEDROCK" });
    expect(answer.message).toMatch(/signature/);
  });

  describe.each(["http", "websocket"] as Transport[])("over %s", (transport) => {
    it.each([
      ["Nova 2 Lite by effort", "us.amazon.nova-2-lite-v1:0", { effort: "LOW" }],
      ["gpt-oss by effort", "openai.gpt-oss-120b-1:0", { effort: "HIGH" }],
      ["DeepSeek-R1, which always reasons", "us.deepseek.r1-v1:0", null],
    ])("%s: the reasoning apart from the answer", async (_name, modelId, reasoning) => {
      const answer = await invokeOver(transport, suite.harness, suite.socket, {
        modelId,
        text: { prompt: "Why is the sky blue?", maxTokens: 400, ...(reasoning ? { reasoning } : {}) },
      });
      expect(answer).toMatchObject({ __typename: "TextResult" });
      expect(answer.reasoning.text.length).toBeGreaterThan(10);
      expect(answer.text).not.toContain(answer.reasoning.text);
      expect(answer.text).not.toMatch(/<\/?(think|reasoning)>/);
    });
  });

  it.each([
    ["gpt-oss", "openai.gpt-oss-20b-1:0", { effort: "LOW" }],
    ["DeepSeek-R1", "us.deepseek.r1-v1:0", undefined],
  ])("%s: reasoning written between tags streams as ReasoningDelta, the same as the one-shot answer", async (_name, modelId, reasoning) => {
    const input = { modelId, text: { prompt: "Why is the sea salty?", maxTokens: 400, ...(reasoning ? { reasoning } : {}) } };
    const events = await streamOver(suite.socket, input);
    const oneShot = await invokeOver("http", suite.harness, suite.socket, input);
    const streamedText = events
      .filter((event) => event.__typename === "TextDelta")
      .map((event) => event.text)
      .join("");
    const streamedReasoning = events
      .filter((event) => event.__typename === "ReasoningDelta")
      .map((event) => event.text)
      .join("");
    expect(streamedText).toBe(oneShot.text);
    expect(streamedReasoning.trim()).toBe(oneShot.reasoning.text);
    expect(events.at(-1)!.reasoning.text.trim()).toBe(oneShot.reasoning.text);
  });

  it("refuses reasoning on a model that does not reason, and the wrong kind of setting, before any call", async () => {
    const before = (await fetchCalls(suite.harness.emulatorUrl)).length;
    const haiku = await invokeOver("http", suite.harness, suite.socket, {
      modelId: "anthropic.claude-3-haiku-20240307-v1:0",
      text: { prompt: "x", reasoning: { budgetTokens: 2048 } },
    });
    expect(haiku).toMatchObject({ __typename: "ValidationError", field: "input.text.reasoning" });
    const effortToClaude = await invokeOver("http", suite.harness, suite.socket, {
      modelId: CLAUDE,
      text: { prompt: "x", reasoning: { effort: "HIGH" } },
    });
    expect(effortToClaude).toMatchObject({ __typename: "ValidationError", field: "input.text.reasoning.effort" });
    expect(effortToClaude.message).toMatch(/budgetTokens/);
    expect(await fetchCalls(suite.harness.emulatorUrl)).toHaveLength(before);
  });
});
