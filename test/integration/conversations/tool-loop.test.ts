import { Ajv } from "ajv";
import { assistantTurn, invokeOver, streamOver, type Transport, useGatewayAndSocket } from "./conversation-client";

const WEATHER_SCHEMA = {
  type: "object",
  properties: {
    city: { type: "string", minLength: 2 },
    unit: { type: "string", enum: ["celsius", "fahrenheit"] },
    days: { type: "integer", minimum: 1, maximum: 7 },
  },
  required: ["city", "unit"],
};
const TOOLS = [
  { name: "get_weather", description: "The forecast for a city", inputSchema: WEATHER_SCHEMA },
  {
    name: "get_time",
    description: "The local time in a city",
    inputSchema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
];
const matchesWeather = new Ajv().compile(WEATHER_SCHEMA);

// One model per family that takes tools on InvokeModel, in the id forms people call them by.
const TOOL_MODELS = [
  "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
  "amazon.nova-pro-v1:0",
  "mistral.mistral-large-2407-v1:0",
  "cohere.command-r-plus-v1:0",
  "ai21.jamba-1-5-large-v1:0",
  "openai.gpt-oss-120b-1:0",
  "qwen.qwen3-32b-v1:0",
];

describe("a two-turn tool loop through GraphQL, per family, over HTTP and WebSocket", () => {
  const suite = useGatewayAndSocket();

  describe.each(["http", "websocket"] as Transport[])("over %s", (transport) => {
    it.each(TOOL_MODELS)("%s calls the tool the question is about, then answers from its result", async (modelId) => {
      const question = { role: "USER", content: "What will the weather be in Paris this week?" };
      const first = await invokeOver(transport, suite.harness, suite.socket, { modelId, text: { messages: [question], tools: TOOLS } });
      expect(first).toMatchObject({ __typename: "TextResult", finishReason: "TOOL_USE" });
      expect(first.toolCalls).toHaveLength(1);
      const [call] = first.toolCalls;
      expect(call.name).toBe("get_weather");
      // The gateway's check and an independent one agree; Command R's parameter definitions carry no enums
      // or bounds (the codec writes them into the description), so only there may a call break them.
      expect(call.inputViolations.length === 0).toBe(matchesWeather(call.input));
      if (!modelId.startsWith("cohere.")) expect(call.inputViolations).toEqual([]);
      expect(typeof call.id).toBe("string");

      const result = { role: "USER", blocks: [{ toolResult: { toolUseId: call.id, content: { forecast: "sunny", high: 24 } } }] };
      const second = await invokeOver(transport, suite.harness, suite.socket, {
        modelId,
        text: { messages: [question, assistantTurn(first), result], tools: TOOLS },
      });
      expect(second).toMatchObject({ __typename: "TextResult", finishReason: "END_TURN", toolCalls: [] });
      expect(second.text).toContain("sunny");
    });
  });

  it.each(TOOL_MODELS)("%s: a streamed tool call comes as pieces that join to the call StreamCompleted gives whole", async (modelId) => {
    const events = await streamOver(suite.socket, { modelId, text: { prompt: "Will I need an umbrella? Check the weather in Oslo.", tools: TOOLS } });
    const completed = events.at(-1)!;
    expect(completed).toMatchObject({ __typename: "StreamCompleted", finishReason: "TOOL_USE" });
    const pieces = events.filter((event) => event.__typename === "ToolCallDelta");
    // Command R streams each call whole, in one tool-calls-generation event; the others stream the input in pieces.
    expect(pieces.length).toBeGreaterThan(modelId.startsWith("cohere.") ? 0 : 1);
    expect(pieces[0]).toMatchObject({ toolIndex: 0, name: "get_weather", id: completed.toolCalls[0].id });
    expect(pieces.slice(1).every((piece) => piece.id === null && piece.name === null)).toBe(true);
    expect(JSON.parse(pieces.map((piece) => piece.inputJson).join(""))).toEqual(completed.toolCalls[0].input);
    expect(completed.toolCalls[0].inputViolations.length === 0).toBe(matchesWeather(completed.toolCalls[0].input));
    const indexes = events.filter((event) => "index" in event).map((event) => event.index);
    expect(indexes).toEqual(indexes.map((_, position) => position));
  });
});
