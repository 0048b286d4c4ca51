import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { bodyOf, validationMessageOf } from "./engine-outcome.assertions";
import { schemaErrors, streamedChunks, WEATHER_QUESTION } from "./text-engine.fixtures";

const MODEL = "cohere.command-r-plus-v1:0";
const WEATHER_TOOL = {
  name: "get_weather",
  description: "Forecast for a city",
  parameter_definitions: {
    city: { description: "City name", type: "str", required: true },
    days: { description: "How many days", type: "int", required: true },
    hourly: { type: "bool", required: false },
    stations: { type: "List[str]", required: false },
  },
};
// What the definitions above promise, written independently of the engine's conversion.
const WEATHER_PARAMETERS = {
  type: "object",
  properties: { city: { type: "string" }, days: { type: "integer" }, hourly: { type: "boolean" }, stations: { type: "array" } },
  required: ["city", "days"],
  additionalProperties: false,
};

describe("Cohere Command R engine: tools and documents", () => {
  it("calls a tool with parameters of the types its definitions give", () => {
    const body = bodyOf(answerInvoke(MODEL, { message: WEATHER_QUESTION, tools: [WEATHER_TOOL] }));
    expect(body).toMatchObject({ text: "", finish_reason: "COMPLETE", tool_calls: [{ name: "get_weather", parameters: expect.any(Object) }] });
    expect(schemaErrors(WEATHER_PARAMETERS, body.tool_calls[0].parameters)).toEqual([]);
    expect(body.chat_history.at(-1)).toEqual({ role: "CHATBOT", message: "", tool_calls: body.tool_calls });
    expect(body.meta.billed_units.output_tokens).toBeGreaterThan(0);
  });

  it("answers tool results in text that uses their outputs, with an empty message", () => {
    const request = {
      message: "",
      chat_history: [
        { role: "USER", message: WEATHER_QUESTION },
        { role: "CHATBOT", message: "", tool_calls: [{ name: "get_weather", parameters: { city: "Paris", days: 2 } }] },
      ],
      tools: [WEATHER_TOOL],
      tool_results: [{ call: { name: "get_weather", parameters: { city: "Paris", days: 2 } }, outputs: [{ forecast: "windy" }] }],
    };
    const body = bodyOf(answerInvoke(MODEL, request));
    expect(body.tool_calls).toBeUndefined();
    expect(body.text).toContain('get_weather returned [{"forecast":"windy"}]');
    expect(body.chat_history.slice(-2)).toEqual([
      { role: "TOOL", tool_results: request.tool_results },
      { role: "CHATBOT", message: body.text },
    ]);
    expect(validationMessageOf(answerInvoke(MODEL, { message: " " }))).toContain("message:");
  });

  it("names the first grounding document in its answer", () => {
    const documents = [
      { title: "Rain facts", snippet: "Rain is water falling from clouds." },
      { title: "Snow facts", snippet: "Snow is frozen." },
    ];
    const text = bodyOf(answerInvoke(MODEL, { message: "What is rain?", documents })).text;
    expect(text).toContain("Rain facts");
    expect(text).not.toContain("Snow facts");
  });

  it("streams the calls in a tool-calls-generation event before stream-end", () => {
    const request = { message: WEATHER_QUESTION, tools: [WEATHER_TOOL] };
    const answer = bodyOf(answerInvoke(MODEL, request));
    expect(streamedChunks(MODEL, request)).toEqual([
      { is_finished: false, event_type: "stream-start", generation_id: answer.generation_id },
      { is_finished: false, event_type: "tool-calls-generation", tool_calls: answer.tool_calls },
      { is_finished: true, event_type: "stream-end", finish_reason: "COMPLETE", response: answer },
    ]);
  });

  it("streams text that assembles into the one-shot text", () => {
    const request = { message: "What is rain?", documents: [{ title: "Rain facts", snippet: "Wet." }] };
    const answer = bodyOf(answerInvoke(MODEL, request));
    const texts = streamedChunks(MODEL, request).filter((chunk) => chunk.event_type === "text-generation");
    expect(texts.map((chunk) => chunk.text).join("")).toBe(answer.text);
  });
});
