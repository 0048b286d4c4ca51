import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { answerOf, bodyOf, validationMessageOf } from "./engine-outcome.assertions";
import {
  assembledChoice,
  BAD_BASE64,
  PNG_BASE64,
  PNG_SEEN,
  schemaErrors,
  streamedChunks,
  WEATHER_QUESTION,
  WEATHER_SCHEMA,
} from "./text-engine.fixtures";

const LARGE = "mistral.mistral-large-2407-v1:0";
const PIXTRAL = "us.mistral.pixtral-large-2502-v1:0";
const WEATHER_TOOL = { type: "function", function: { name: "get_weather", description: "Forecast", parameters: WEATHER_SCHEMA } };

describe("Mistral chat-completion engine", () => {
  it("calls a tool with a nine-character id and JSON-string arguments that satisfy its parameters", () => {
    const outcome = answerInvoke(LARGE, { messages: [{ role: "user", content: "Hello" }], tools: [WEATHER_TOOL], tool_choice: "any" });
    const [choice] = bodyOf(outcome).choices;
    expect(choice).toEqual({
      index: 0,
      message: {
        role: "assistant",
        content: "",
        tool_calls: [
          { id: expect.stringMatching(/^[0-9a-zA-Z]{9}$/), type: "function", function: { name: "get_weather", arguments: expect.any(String) } },
        ],
      },
      stop_reason: "tool_calls",
    });
    const input = JSON.parse(choice.message.tool_calls[0].function.arguments);
    expect(schemaErrors(WEATHER_SCHEMA, input)).toEqual([]);
    expect(answerOf(outcome).outputTokens).toBeGreaterThan(0);
  });

  it("answers a tool message in text that uses the result", () => {
    const messages = [
      { role: "user", content: WEATHER_QUESTION },
      { role: "assistant", content: "", tool_calls: [{ id: "v6RMMiRlT", function: { name: "get_weather", arguments: '{"city":"Paris"}' } }] },
      { role: "tool", tool_call_id: "v6RMMiRlT", content: '{"forecast":"cloudy"}' },
    ];
    const [choice] = bodyOf(answerInvoke(LARGE, { messages, tools: [WEATHER_TOOL] })).choices;
    expect(choice.stop_reason).toBe("stop");
    expect(choice.message.content).toContain('get_weather returned {"forecast":"cloudy"}');
  });

  it("takes tool_choice auto, any or none, not OpenAI's required", () => {
    const body = { messages: [{ role: "user", content: WEATHER_QUESTION }], tools: [WEATHER_TOOL] };
    expect(bodyOf(answerInvoke(LARGE, { ...body, tool_choice: "none" })).choices[0].stop_reason).toBe("stop");
    expect(validationMessageOf(answerInvoke(LARGE, { ...body, tool_choice: "required" }))).toContain("tool_choice");
  });

  it("describes an image only on Pixtral, and refuses a broken one", () => {
    const image = (data: string) => ({
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "What is this?" },
            { type: "image_url", image_url: { url: `data:image/png;base64,${data}` } },
          ],
        },
      ],
    });
    expect(bodyOf(answerInvoke(PIXTRAL, image(PNG_BASE64))).choices[0].message.content).toContain(PNG_SEEN);
    expect(validationMessageOf(answerInvoke(LARGE, image(PNG_BASE64)))).toContain("does not take image input");
    expect(validationMessageOf(answerInvoke(PIXTRAL, image(BAD_BASE64)))).toContain("not valid base64");
    const remote = { messages: [{ role: "user", content: [{ type: "image_url", image_url: "https://example.com/cat.png" }] }] };
    expect(validationMessageOf(answerInvoke(PIXTRAL, remote))).toContain("data URL");
  });

  it("refuses a tool message that answers no earlier call", () => {
    const messages = [
      { role: "user", content: "Hi" },
      { role: "tool", tool_call_id: "abcdefghi", content: "42" },
    ];
    expect(validationMessageOf(answerInvoke(LARGE, { messages }))).toContain("messages.1.tool_call_id");
  });

  it("streams choices with pieces under `message`, as Bedrock's Mistral pages show them, that assemble into the one-shot answer", () => {
    for (const body of [
      { messages: [{ role: "user", content: "Tell me a joke" }] },
      { messages: [{ role: "user", content: WEATHER_QUESTION }], tools: [WEATHER_TOOL] },
    ]) {
      const [choice] = bodyOf(answerInvoke(LARGE, body)).choices;
      const chunks = streamedChunks(LARGE, body);
      const assembled = assembledChoice(chunks);
      expect(assembled.content).toBe(choice.message.content);
      expect(assembled.calls).toEqual(choice.message.tool_calls ?? []);
      expect(chunks.at(-1).choices[0]).toEqual({ index: 0, message: {}, stop_reason: choice.stop_reason });
    }
  });
});
