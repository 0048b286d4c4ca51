import { anthropicClaudeCodec } from "../../../src/models/anthropic-claude/anthropic-claude.codec";
import { type TextChunk } from "../../../src/models/codec.types";
import { cohereCommandRCodec } from "../../../src/models/cohere-command-r/cohere-command-r.codec";
import { deepseekCodec } from "../../../src/models/deepseek/deepseek.codec";
import { StreamAssembly } from "../../../src/service/stream-assembly";

const USAGE = { inputTokens: 1, outputTokens: 1 };
const SCHEMA = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };

describe("a stream's answer, assembled from its chunks", () => {
  it("numbers every delta in arrival order and gives each tool call its index, id and name on its first piece", () => {
    const assembly = new StreamAssembly(anthropicClaudeCodec, { prompt: "x", tools: [{ name: "get_weather", inputSchema: SCHEMA }] });
    const chunks: TextChunk[] = [
      { text: "", reasoning: { text: "Let me see." } },
      { text: "", reasoning: { text: "", signature: "sig" } },
      { text: "Checking." },
      { text: "", toolCalls: [{ key: 2, id: "toolu_1", name: "get_weather", inputJson: "" }] },
      { text: "", toolCalls: [{ key: 2, inputJson: '{"ci' }] },
      { text: "", toolCalls: [{ key: 2, inputJson: 'ty":"Paris"}' }] },
    ];
    expect(chunks.flatMap((chunk) => assembly.accept(chunk))).toEqual([
      { kind: "reasoningDelta", index: 0, text: "Let me see.", signature: null },
      { kind: "reasoningDelta", index: 1, text: "", signature: "sig" },
      { kind: "delta", index: 2, text: "Checking." },
      { kind: "toolCallDelta", index: 3, toolIndex: 0, id: "toolu_1", name: "get_weather", inputJson: "" },
      { kind: "toolCallDelta", index: 4, toolIndex: 0, id: null, name: null, inputJson: '{"ci' },
      { kind: "toolCallDelta", index: 5, toolIndex: 0, id: null, name: null, inputJson: 'ty":"Paris"}' },
    ]);
    expect(assembly.generation("tool_use", USAGE)).toMatchObject({
      text: "Checking.",
      finishReason: "TOOL_USE",
      toolCalls: [{ id: "toolu_1", name: "get_weather", input: { city: "Paris" }, inputViolations: [] }],
      reasoning: { text: "Let me see.", signature: "sig", redactedData: [] },
    });
  });

  it("streams a forced response-format call as the answer's text and checks it as JSON", () => {
    const assembly = new StreamAssembly(anthropicClaudeCodec, { prompt: "x", responseFormat: { name: "answer", jsonSchema: SCHEMA } });
    const events = [
      { text: "", toolCalls: [{ key: 0, id: "toolu_1", name: "answer", inputJson: "" }] },
      { text: "", toolCalls: [{ key: 0, inputJson: '{"city":' }] },
      { text: "", toolCalls: [{ key: 0, inputJson: '"Paris"}' }] },
    ].flatMap((chunk) => assembly.accept(chunk));
    expect(events.map((event) => event.kind)).toEqual(["delta", "delta"]);
    expect(assembly.generation("tool_use", USAGE)).toMatchObject({
      text: '{"city":"Paris"}',
      json: { city: "Paris" },
      toolCalls: [],
      finishReason: "END_TURN",
    });
  });

  it("splits tagged reasoning out of a family's text pieces", () => {
    const assembly = new StreamAssembly(deepseekCodec, { prompt: "x" });
    const events = ["Thinking it ", "over.\n</th", "ink>\n\nParis."].flatMap((text) => assembly.accept({ text }));
    events.push(...assembly.flush());
    expect(
      events
        .filter((event) => event.kind === "reasoningDelta")
        .map((event) => event.text)
        .join(""),
    ).toBe("Thinking it over.\n");
    expect(assembly.generation("stop", USAGE)).toMatchObject({ text: "Paris.", reasoning: { text: "Thinking it over." } });
  });

  it("says TOOL_USE for a family that ends a tool-calling turn as complete", () => {
    const assembly = new StreamAssembly(cohereCommandRCodec, { prompt: "x", tools: [{ name: "get_weather", inputSchema: SCHEMA }] });
    assembly.accept({ text: "", toolCalls: [{ key: 0, id: "get_weather-0", name: "get_weather", inputJson: '{"city":"Paris"}' }] });
    expect(assembly.generation("COMPLETE", USAGE).finishReason).toBe("TOOL_USE");
  });
});
