import { type TextGeneration, type TextRequest } from "../../../src/models/invocation.types";
import { checkGeneration } from "../../../src/service/output-check";

const SCHEMA = { type: "object", properties: { city: { type: "string" }, celsius: { type: "number" } }, required: ["city"] };

function generation(overrides: Partial<TextGeneration>): TextGeneration {
  return {
    modality: "TEXT",
    text: "",
    stopReason: "end_turn",
    finishReason: "END_TURN",
    toolCalls: [],
    reasoning: null,
    usage: { inputTokens: 1, outputTokens: 1 },
    ...overrides,
  };
}

describe("checking an answer against what the request asked for", () => {
  const tools: TextRequest = { prompt: "Weather?", tools: [{ name: "get_weather", inputSchema: SCHEMA }] };

  it("lists no violations for a tool call whose input matches, and says where one does not", () => {
    const checked = checkGeneration(
      generation({
        finishReason: "TOOL_USE",
        toolCalls: [
          { id: "a", name: "get_weather", input: { city: "Paris" } },
          { id: "b", name: "get_weather", input: { celsius: "warm" } },
        ],
      }),
      tools,
      null,
    );
    expect(checked.toolCalls[0].inputViolations).toEqual([]);
    expect(checked.toolCalls[1].inputViolations).toEqual(
      expect.arrayContaining([
        { path: "", message: "must have required property 'city'" },
        { path: "/celsius", message: "must be number" },
      ]),
    );
  });

  it("reports a call to a tool the request did not offer, and input that is not JSON", () => {
    const checked = checkGeneration(
      generation({
        toolCalls: [
          { id: "a", name: "delete_everything", input: {} },
          { id: "b", name: "get_weather", input: '{"city": "Par' },
        ],
      }),
      tools,
      null,
    );
    expect(checked.toolCalls.map((call) => call.inputViolations?.[0]?.message)).toEqual([
      "the model called delete_everything, a tool the request did not offer",
      "the tool input the model wrote is not JSON",
    ]);
  });

  const format: TextRequest = { prompt: "Weather?", responseFormat: { name: "weather", jsonSchema: SCHEMA } };

  it("gives the JSON of a native answer that matches, fenced or not", () => {
    expect(checkGeneration(generation({ text: '{"city":"Paris","celsius":21}' }), format, "native")).toMatchObject({
      json: { city: "Paris", celsius: 21 },
      jsonViolations: [],
    });
    expect(checkGeneration(generation({ text: '```json\n{"city":"Paris"}\n```' }), format, "native")).toMatchObject({
      json: { city: "Paris" },
      jsonViolations: [],
    });
  });

  it("keeps the text of an answer that does not match, with no JSON and the violations", () => {
    expect(checkGeneration(generation({ text: '{"celsius":21}' }), format, "native")).toMatchObject({
      text: '{"celsius":21}',
      json: null,
      jsonViolations: [{ path: "", message: "must have required property 'city'" }],
    });
    expect(checkGeneration(generation({ text: "It is warm." }), format, "native")).toMatchObject({
      text: "It is warm.",
      json: null,
      jsonViolations: [{ path: "", message: "the answer is not JSON" }],
    });
  });

  it("turns the forced call of a tool-mode family into the answer: its input is the JSON and the text, the turn ended", () => {
    const checked = checkGeneration(
      generation({ finishReason: "TOOL_USE", toolCalls: [{ id: "t", name: "weather", input: { city: "Paris" } }] }),
      format,
      "tool",
    );
    expect(checked).toMatchObject({ text: '{"city":"Paris"}', json: { city: "Paris" }, jsonViolations: [], toolCalls: [], finishReason: "END_TURN" });
  });
});
