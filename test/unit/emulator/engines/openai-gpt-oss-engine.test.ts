import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { answerOf, bodyOf, validationMessageOf } from "./engine-outcome.assertions";
import { assembledChoice, PNG_BASE64, schemaErrors, streamedChunks, WEATHER_QUESTION, WEATHER_SCHEMA } from "./text-engine.fixtures";

const MODEL = "openai.gpt-oss-120b-1:0";
const WEATHER_TOOL = { type: "function", function: { name: "get_weather", description: "Forecast for a city", parameters: WEATHER_SCHEMA } };

function gptOssBody(overrides: Record<string, unknown> = {}) {
  return {
    messages: [
      { role: "developer", content: "Be brief" },
      { role: "user", content: "Describe the moon" },
    ],
    max_completion_tokens: 500,
    ...overrides,
  };
}

/** The reasoning and the answer of gpt-oss content, which writes `<reasoning>…</reasoning>answer`. */
function splitContent(content: string) {
  const match = /^<reasoning>([\s\S]*)<\/reasoning>([\s\S]*)$/.exec(content);
  if (match === null) throw new Error(`no reasoning tags in ${content}`);
  return { reasoning: match[1], answer: match[2] };
}

describe("OpenAI gpt-oss engine", () => {
  it("answers a chat.completion whose content reasons in tags before the answer", () => {
    const outcome = answerInvoke(MODEL, gptOssBody());
    const body = bodyOf(outcome);
    expect(body).toEqual({
      id: expect.stringMatching(/^chatcmpl-[0-9a-f]{29}$/),
      object: "chat.completion",
      created: expect.any(Number),
      model: MODEL,
      choices: [{ index: 0, message: { role: "assistant", content: expect.any(String) }, finish_reason: "stop" }],
      usage: { prompt_tokens: 5, completion_tokens: expect.any(Number), total_tokens: 5 + body.usage.completion_tokens },
    });
    const { reasoning, answer } = splitContent(body.choices[0].message.content);
    expect(reasoning).toContain("Describe the moon");
    expect(answer).toMatch(/^You said: Describe the moon\./);
    expect(answerOf(outcome).outputTokens).toBe(body.usage.completion_tokens);
  });

  it("reasons longer at a higher effort and counts the reasoning as completion tokens", () => {
    const low = bodyOf(answerInvoke(MODEL, gptOssBody({ reasoning_effort: "low" })));
    const high = bodyOf(answerInvoke(MODEL, gptOssBody({ reasoning_effort: "high" })));
    expect(splitContent(high.choices[0].message.content).reasoning.length).toBeGreaterThan(
      splitContent(low.choices[0].message.content).reasoning.length,
    );
    expect(splitContent(high.choices[0].message.content).answer).toBe(splitContent(low.choices[0].message.content).answer);
    expect(high.usage.completion_tokens).toBeGreaterThan(low.usage.completion_tokens);
  });

  it("calls a tool with arguments that satisfy its parameters", () => {
    const body = bodyOf(answerInvoke(MODEL, gptOssBody({ messages: [{ role: "user", content: WEATHER_QUESTION }], tools: [WEATHER_TOOL] })));
    const [choice] = body.choices;
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.tool_calls).toEqual([
      { id: expect.stringMatching(/^call_/), type: "function", function: { name: "get_weather", arguments: expect.any(String) } },
    ]);
    expect(schemaErrors(WEATHER_SCHEMA, JSON.parse(choice.message.tool_calls[0].function.arguments))).toEqual([]);
    // It still reasons before calling.
    expect(choice.message.content).toMatch(/^<reasoning>.+<\/reasoning>$/);
  });

  it("calls the tool tool_choice names or requires, and none under 'none'", () => {
    const other = { type: "function", function: { name: "get_time", parameters: { type: "object", properties: {} } } };
    const ask = (tool_choice: unknown) =>
      bodyOf(answerInvoke(MODEL, gptOssBody({ messages: [{ role: "user", content: "Hello" }], tools: [WEATHER_TOOL, other], tool_choice })))
        .choices[0];
    expect(ask({ type: "function", function: { name: "get_time" } }).message.tool_calls[0].function.name).toBe("get_time");
    expect(ask("required").finish_reason).toBe("tool_calls");
    expect(ask("auto").finish_reason).toBe("stop");
    expect(ask("none").message.tool_calls).toBeUndefined();
  });

  it("answers a tool's result in text that uses it", () => {
    const messages = [
      { role: "user", content: WEATHER_QUESTION },
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris","days":3}' } }],
      },
      { role: "tool", tool_call_id: "call_1", content: "Sunny, 24 degrees" },
    ];
    const choice = bodyOf(answerInvoke(MODEL, gptOssBody({ messages, tools: [WEATHER_TOOL] }))).choices[0];
    expect(choice.finish_reason).toBe("stop");
    expect(splitContent(choice.message.content).answer).toContain("get_weather returned Sunny, 24 degrees");
  });

  it("writes JSON matching a response_format schema after the reasoning", () => {
    const response_format = { type: "json_schema", json_schema: { name: "forecast", schema: WEATHER_SCHEMA, strict: true } };
    const content = bodyOf(answerInvoke(MODEL, gptOssBody({ response_format }))).choices[0].message.content;
    expect(schemaErrors(WEATHER_SCHEMA, JSON.parse(splitContent(content).answer))).toEqual([]);
  });

  it.each([
    ["a model other than the one called", { model: "openai.gpt-oss-20b-1:0" }, "model"],
    ["stream true", { stream: true }, "stream"],
    [
      "an image",
      { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: `data:image/png;base64,${PNG_BASE64}` } }] }] },
      "image",
    ],
    [
      "a tool message answering no call",
      {
        messages: [
          { role: "user", content: "Hi" },
          { role: "tool", tool_call_id: "call_x", content: "42" },
        ],
      },
      "tool_call_id",
    ],
    [
      "tool_choice naming a tool not offered",
      { tools: [WEATHER_TOOL], tool_choice: { type: "function", function: { name: "nope" } } },
      "tool_choice",
    ],
    ["five stop sequences", { stop: ["a", "b", "c", "d", "e"] }, "stop"],
    ["temperature above 2", { temperature: 2.5 }, "temperature"],
  ])("refuses %s", (_description, overrides, field) => {
    expect(validationMessageOf(answerInvoke(MODEL, gptOssBody(overrides)))).toContain(field);
  });

  it("accepts the model id it is called with, through a profile too", () => {
    expect(answerInvoke(`us.${MODEL}`, gptOssBody({ model: MODEL, stream: false })).ok).toBe(true);
  });

  it("streams chat.completion.chunk deltas that assemble into the one-shot answer, then usage", () => {
    for (const body of [gptOssBody(), gptOssBody({ messages: [{ role: "user", content: WEATHER_QUESTION }], tools: [WEATHER_TOOL] })]) {
      const answer = bodyOf(answerInvoke(MODEL, body));
      const chunks = streamedChunks(MODEL, body);
      expect(chunks.every((chunk) => chunk.object === "chat.completion.chunk" && chunk.id === answer.id)).toBe(true);
      expect(chunks[0].choices[0].delta).toEqual({ role: "assistant", content: "" });
      const assembled = assembledChoice(chunks);
      expect(assembled.content).toBe(answer.choices[0].message.content);
      expect(assembled.calls).toEqual(answer.choices[0].message.tool_calls ?? []);
      expect(assembled.finish).toBe(answer.choices[0].finish_reason);
      expect(chunks.at(-1)).toMatchObject({ choices: [], usage: answer.usage });
    }
  });
});
