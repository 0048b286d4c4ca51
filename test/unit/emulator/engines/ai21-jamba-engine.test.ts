import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { bodyOf, validationMessageOf } from "./engine-outcome.assertions";
import { assembledChoice, PNG_BASE64, schemaErrors, streamedChunks, WEATHER_QUESTION, WEATHER_SCHEMA } from "./text-engine.fixtures";

const MODEL = "ai21.jamba-1-5-large-v1:0";
const WEATHER_TOOL = { type: "function", function: { name: "get_weather", description: "Forecast", parameters: WEATHER_SCHEMA } };

describe("AI21 Jamba engine with tools", () => {
  it("calls the tool a question is about, with arguments that satisfy its parameters", () => {
    const body = bodyOf(answerInvoke(MODEL, { messages: [{ role: "user", content: WEATHER_QUESTION }], tools: [WEATHER_TOOL] }));
    const [choice] = body.choices;
    expect(choice).toMatchObject({ finish_reason: "tool_calls", message: { role: "assistant", content: null } });
    expect(choice.message.tool_calls[0]).toMatchObject({ type: "function", function: { name: "get_weather" } });
    expect(schemaErrors(WEATHER_SCHEMA, JSON.parse(choice.message.tool_calls[0].function.arguments))).toEqual([]);
    expect(body.usage.completion_tokens).toBeGreaterThan(0);
  });

  it("answers a tool's result in text that uses it", () => {
    const messages = [
      { role: "user", content: WEATHER_QUESTION },
      { role: "assistant", content: null, tool_calls: [{ id: "call_a", type: "function", function: { name: "get_weather", arguments: "{}" } }] },
      { role: "tool", tool_call_id: "call_a", content: "Snow" },
    ];
    const [choice] = bodyOf(answerInvoke(MODEL, { messages, tools: [WEATHER_TOOL] })).choices;
    expect(choice.finish_reason).toBe("stop");
    expect(choice.message.content).toContain("get_weather returned Snow");
  });

  it("cannot be made to call a tool, and reads no images", () => {
    const body = { messages: [{ role: "user", content: WEATHER_QUESTION }], tools: [WEATHER_TOOL] };
    expect(validationMessageOf(answerInvoke(MODEL, { ...body, tool_choice: "any" }))).toContain("tool_choice");
    expect(validationMessageOf(answerInvoke(MODEL, { ...body, tool_choice: { type: "function", function: { name: "get_weather" } } }))).toContain(
      "tool_choice",
    );
    const image = { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: `data:image/png;base64,${PNG_BASE64}` } }] }] };
    expect(validationMessageOf(answerInvoke(MODEL, image))).toContain("does not take image input");
  });

  it("takes content as a list of text parts, as official clients send it", () => {
    const body = { messages: [{ role: "user", content: [{ type: "text", text: "Write a haiku" }] }] };
    expect(bodyOf(answerInvoke(MODEL, body)).choices[0].message.content).toMatch(/^You said: Write a haiku\./);
  });

  it("streams a tool call named first, then its arguments, assembling into the one-shot call", () => {
    const body = { messages: [{ role: "user", content: WEATHER_QUESTION }], tools: [WEATHER_TOOL] };
    const answer = bodyOf(answerInvoke(MODEL, body));
    const chunks = streamedChunks(MODEL, body);
    const named = chunks.findIndex((chunk) => chunk.choices[0].delta.tool_calls?.[0].function.name !== undefined);
    expect(chunks[named].choices[0].delta.tool_calls[0]).toMatchObject({
      index: 0,
      id: answer.choices[0].message.tool_calls[0].id,
      function: { arguments: "" },
    });
    expect(assembledChoice(chunks)).toEqual({ content: "", calls: answer.choices[0].message.tool_calls, finish: "tool_calls" });
    expect(chunks.at(-1).usage).toEqual(answer.usage);
  });
});
