import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { bodyOf, validationMessageOf } from "./engine-outcome.assertions";
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

const THINKING = "qwen.qwen3-32b-v1:0";
const CODER = "qwen.qwen3-coder-480b-a35b-v1:0";
const VISION = "qwen.qwen3-vl-235b-a22b";
const WEATHER_TOOL = { type: "function", function: { name: "get_weather", parameters: WEATHER_SCHEMA } };

const ask = (content: unknown, overrides: Record<string, unknown> = {}) => ({ messages: [{ role: "user", content }], max_tokens: 300, ...overrides });
const contentOf = (modelId: string, body: unknown): string => bodyOf(answerInvoke(modelId, body)).choices[0].message.content;

describe("Qwen3 engine", () => {
  it("opens a hybrid-thinking model's content with <think> reasoning, then the answer", () => {
    expect(contentOf(THINKING, ask("Describe the moon"))).toMatch(
      /^<think>\nThe user asks: "Describe the moon"[^]*\n<\/think>\n\nYou said: Describe the moon\./,
    );
    expect(contentOf("qwen.qwen3-235b-a22b-2507-v1:0", ask("Describe the moon"))).toMatch(/^<think>\n/);
  });

  it("does not think when the user writes /no_think, nor ever on a Coder model", () => {
    expect(contentOf(THINKING, ask("Describe the moon /no_think"))).toMatch(/^You said:/);
    expect(contentOf(CODER, ask("Describe the moon"))).toMatch(/^You said:/);
  });

  it("calls a tool with arguments that satisfy its parameters", () => {
    const [choice] = bodyOf(answerInvoke(CODER, ask(WEATHER_QUESTION, { tools: [WEATHER_TOOL] }))).choices;
    expect(choice).toMatchObject({
      finish_reason: "tool_calls",
      message: { content: null, tool_calls: [{ type: "function", function: { name: "get_weather" } }] },
    });
    expect(schemaErrors(WEATHER_SCHEMA, JSON.parse(choice.message.tool_calls[0].function.arguments))).toEqual([]);
  });

  it("answers a tool's result in text that uses it", () => {
    const messages = [
      { role: "user", content: WEATHER_QUESTION },
      { role: "assistant", content: "", tool_calls: [{ id: "call_7", type: "function", function: { name: "get_weather", arguments: "{}" } }] },
      { role: "tool", tool_call_id: "call_7", content: "Rain all week" },
    ];
    expect(contentOf(CODER, { messages, tools: [WEATHER_TOOL] })).toContain("get_weather returned Rain all week");
  });

  it("writes JSON matching a response_format schema after its thinking", () => {
    const response_format = { type: "json_schema", json_schema: { name: "forecast", schema: WEATHER_SCHEMA } };
    const answer = contentOf(THINKING, ask(WEATHER_QUESTION, { response_format })).split("</think>\n\n")[1];
    expect(schemaErrors(WEATHER_SCHEMA, JSON.parse(answer))).toEqual([]);
  });

  it("describes an image on Qwen3 VL and refuses images elsewhere or broken ones", () => {
    const image = (data: string) =>
      ask([
        { type: "text", text: "What is this?" },
        { type: "image_url", image_url: { url: `data:image/png;base64,${data}` } },
      ]);
    expect(contentOf(VISION, image(PNG_BASE64))).toContain(PNG_SEEN);
    expect(validationMessageOf(answerInvoke(THINKING, image(PNG_BASE64)))).toContain("does not take image input");
    expect(validationMessageOf(answerInvoke(VISION, image(BAD_BASE64)))).toContain("not valid base64");
    const jpegLabel = ask([{ type: "image_url", image_url: { url: `data:image/jpeg;base64,${PNG_BASE64}` } }]);
    expect(validationMessageOf(answerInvoke(VISION, jpegLabel))).toContain("does not match");
  });

  it("streams deltas that assemble into the one-shot answer, think tags inside the content", () => {
    const body = ask("Describe the moon");
    const answer = bodyOf(answerInvoke(THINKING, body));
    const chunks = streamedChunks(THINKING, body);
    expect(assembledChoice(chunks)).toEqual({ content: answer.choices[0].message.content, calls: [], finish: "stop" });
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: answer.usage });
  });
});
