import { Ajv } from "ajv";
import { invokeOver, streamOver, type Transport, useGatewayAndSocket } from "./conversation-client";

const CITY_SCHEMA = {
  type: "object",
  properties: {
    city: { type: "string", minLength: 1 },
    country: { type: "string" },
    population: { type: "integer", minimum: 0 },
    landmarks: { type: "array", items: { type: "string" }, minItems: 2 },
  },
  required: ["city", "country", "population", "landmarks"],
  additionalProperties: false,
};
const matchesCity = new Ajv().compile(CITY_SCHEMA);

// A code the emulated model cannot know: it writes a string, not four digits, as a real model may.
const POSTCODE_SCHEMA = { type: "object", properties: { postcode: { type: "string", pattern: "^[0-9]{4}$" } }, required: ["postcode"] };

// Claude and Nova answer through a forced tool, gpt-oss and Qwen3 through response_format.
const JSON_MODELS = ["anthropic.claude-3-haiku-20240307-v1:0", "us.amazon.nova-pro-v1:0", "openai.gpt-oss-20b-1:0", "qwen.qwen3-235b-a22b-2507-v1:0"];

describe("structured output validated against its schema", () => {
  const suite = useGatewayAndSocket();

  describe.each(["http", "websocket"] as Transport[])("over %s", (transport) => {
    it.each(JSON_MODELS)("%s answers with JSON that matches the schema, in text and in json", async (modelId) => {
      const answer = await invokeOver(transport, suite.harness, suite.socket, {
        modelId,
        text: { prompt: "Describe Lisbon.", responseFormat: { name: "city", jsonSchema: CITY_SCHEMA } },
      });
      expect(answer).toMatchObject({ __typename: "TextResult", finishReason: "END_TURN", jsonViolations: [], toolCalls: [] });
      expect(matchesCity(answer.json)).toBe(true);
      expect(JSON.parse(answer.text)).toEqual(answer.json);
    });

    it.each(JSON_MODELS)("%s: output that breaks the schema is a typed outcome, the model's text kept", async (modelId) => {
      const answer = await invokeOver(transport, suite.harness, suite.socket, {
        modelId,
        text: { prompt: "Where is the office?", responseFormat: { name: "address", jsonSchema: POSTCODE_SCHEMA } },
      });
      expect(answer).toMatchObject({
        __typename: "TextResult",
        json: null,
        jsonViolations: [{ path: "/postcode", message: 'must match pattern "^[0-9]{4}$"' }],
      });
      expect(typeof JSON.parse(answer.text).postcode).toBe("string");
    });
  });

  it.each(JSON_MODELS)("%s streams the JSON as text and checks it at the end", async (modelId) => {
    const events = await streamOver(suite.socket, {
      modelId,
      text: { prompt: "Describe Lisbon.", responseFormat: { name: "city", jsonSchema: CITY_SCHEMA } },
    });
    const completed = events.at(-1)!;
    expect(completed).toMatchObject({ __typename: "StreamCompleted", finishReason: "END_TURN", jsonViolations: [], toolCalls: [] });
    expect(events.some((event) => event.__typename === "ToolCallDelta")).toBe(false);
    const text = events
      .filter((event) => event.__typename === "TextDelta")
      .map((event) => event.text)
      .join("");
    expect(JSON.parse(text)).toEqual(completed.json);
    expect(matchesCity(completed.json)).toBe(true);
  });

  it("refuses structured output where the model has none, and a schema that is not one, before any call", async () => {
    const noJson = await suite.harness.graphql(
      `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on ValidationError { field message } } }`,
      {
        input: { modelId: "meta.llama3-8b-instruct-v1:0", text: { prompt: "x", responseFormat: { jsonSchema: CITY_SCHEMA } } },
      },
    );
    expect(noJson.data?.invokeModel).toMatchObject({ __typename: "ValidationError", field: "input.text.responseFormat" });
    const broken = await suite.harness.graphql(
      `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on ValidationError { field message } } }`,
      {
        input: {
          modelId: "openai.gpt-oss-20b-1:0",
          text: { prompt: "x", responseFormat: { jsonSchema: { type: "object", properties: { a: { type: "no-such-type" } } } } },
        },
      },
    );
    expect(broken.data?.invokeModel).toMatchObject({ __typename: "ValidationError", field: "input.text.responseFormat.jsonSchema" });
    expect(broken.data?.invokeModel.message).toMatch(/not a valid JSON Schema/);
    // A schema costs far more to compile than to send: past 64 KiB it is refused before it is compiled.
    const properties = Object.fromEntries(
      Array.from({ length: 3_000 }, (_, index) => [`field${index}`, { type: "string", description: "x".repeat(10) }]),
    );
    const huge = await suite.harness.graphql(
      `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on ValidationError { field message } } }`,
      {
        input: { modelId: "openai.gpt-oss-20b-1:0", text: { prompt: "x", responseFormat: { jsonSchema: { type: "object", properties } } } },
      },
    );
    expect(huge.data?.invokeModel).toMatchObject({
      __typename: "ValidationError",
      field: "input.text.responseFormat.jsonSchema",
      message: expect.stringContaining("the limit is 65536"),
    });
  });
});
