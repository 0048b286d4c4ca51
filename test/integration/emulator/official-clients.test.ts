import { createAmazonBedrock } from "@ai-sdk/amazon-bedrock";
import { AnthropicBedrock } from "@anthropic-ai/bedrock-sdk";
import { generateText, jsonSchema, type ModelMessage, stepCountIs, streamText, tool } from "ai";
import Ajv from "ajv";
import { z } from "zod";
import { clearEmulator, fetchCalls, withEmulator } from "../../helpers/emulator-harness";
import { EXAMPLE_CREDENTIALS } from "../../helpers/emulator-sdk-client";

/**
 * The emulator driven by official clients other than the AWS SDK, as an application would use
 * them against real Bedrock: Anthropic's Bedrock SDK (InvokeModel and InvokeModelWithResponseStream
 * with the Messages body) and the Vercel AI SDK's Bedrock provider (Converse and ConverseStream).
 * Whatever shapes these clients send, the emulator must take, as Bedrock does.
 */

const CLAUDE = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
const NOVA = "us.amazon.nova-lite-v1:0";

// A 1×1 PNG, the smallest image Claude and Converse accept.
const PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

const WEATHER_SCHEMA = {
  type: "object" as const,
  properties: {
    city: { type: "string" as const, minLength: 2 },
    unit: { type: "string" as const, enum: ["celsius", "fahrenheit"] },
    days: { type: "integer" as const, minimum: 1, maximum: 7 },
  },
  required: ["city", "unit", "days"],
  additionalProperties: false,
};

const ajv = new Ajv({ allErrors: true, strict: false });
const isWeatherInput = ajv.compile(WEATHER_SCHEMA);

function anthropicClient(emulatorUrl: string): AnthropicBedrock {
  return new AnthropicBedrock({
    awsAccessKey: EXAMPLE_CREDENTIALS.accessKeyId,
    awsSecretKey: EXAMPLE_CREDENTIALS.secretAccessKey,
    awsRegion: "us-east-1",
    baseURL: emulatorUrl,
    maxRetries: 0,
  });
}

describe("Anthropic's Bedrock SDK against the emulator", () => {
  const emulator = withEmulator();
  afterEach(() => clearEmulator(emulator.url));

  const weatherTool = { name: "get_weather", description: "The forecast for a city", input_schema: WEATHER_SCHEMA };

  it("creates a message with InvokeModel and the Messages body", async () => {
    const message = await anthropicClient(emulator.url).messages.create({
      model: CLAUDE,
      max_tokens: 256,
      system: "Be brief",
      messages: [{ role: "user", content: "Name three colours of the rainbow" }],
    });
    expect(message).toMatchObject({ type: "message", role: "assistant", stop_reason: "end_turn" });
    expect(message.content).toEqual([{ type: "text", text: expect.stringContaining("Name three colours") }]);
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    const [call] = await fetchCalls(emulator.url);
    expect(call).toMatchObject({ operation: "InvokeModel", modelId: CLAUDE, outcome: "ok" });
    // The SDK moves the model to the path and puts its API version, not Bedrock's documented one, in the body.
    expect(call.body).toMatchObject({ anthropic_version: "2026-10-21", max_tokens: 256 });
    expect(call.body).not.toHaveProperty("model");
  });

  it("streams a message with InvokeModelWithResponseStream, assembling the same text", async () => {
    const client = anthropicClient(emulator.url);
    const request = { model: CLAUDE, max_tokens: 256, messages: [{ role: "user" as const, content: "Name three colours of the rainbow" }] };
    const whole = await client.messages.create(request);
    const stream = client.messages.stream(request);
    const deltas: string[] = [];
    stream.on("text", (text) => deltas.push(text));
    const final = await stream.finalMessage();
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join("")).toBe((whole.content[0] as { text: string }).text);
    expect(final.content).toEqual(whole.content);
    expect(final.stop_reason).toBe("end_turn");
    expect(final.usage.output_tokens).toBe(whole.usage.output_tokens);
    const [, streamed] = await fetchCalls(emulator.url);
    expect(streamed).toMatchObject({ operation: "InvokeModelWithResponseStream", outcome: "ok" });
    expect(streamed.body).not.toHaveProperty("stream");
  });

  it("calls a tool with input that satisfies its schema, then answers from the tool result", async () => {
    const client = anthropicClient(emulator.url);
    const question = { role: "user" as const, content: "What is the weather in Lisbon this week?" };
    const first = await client.messages.create({
      model: CLAUDE,
      max_tokens: 512,
      tools: [weatherTool],
      tool_choice: { type: "auto", disable_parallel_tool_use: true },
      messages: [question],
    });
    expect(first.stop_reason).toBe("tool_use");
    const call = first.content.find((block) => block.type === "tool_use");
    expect(call).toMatchObject({ type: "tool_use", name: "get_weather", id: expect.any(String) });
    expect(isWeatherInput(call!.type === "tool_use" && call!.input)).toBe(true);

    const second = await client.messages.create({
      model: CLAUDE,
      max_tokens: 512,
      tools: [weatherTool],
      messages: [
        question,
        { role: "assistant", content: first.content },
        {
          role: "user",
          content: [{ type: "tool_result", tool_use_id: call!.type === "tool_use" ? call!.id : "", content: "Sunny and 24 degrees all week" }],
        },
      ],
    });
    expect(second.stop_reason).toBe("end_turn");
    expect(second.content).toEqual([{ type: "text", text: expect.stringContaining("Sunny and 24 degrees") }]);
  });

  it("answers a question about a base64 PNG", async () => {
    const message = await anthropicClient(emulator.url).messages.create({
      model: CLAUDE,
      max_tokens: 256,
      messages: [
        {
          role: "user",
          content: [
            { type: "image", source: { type: "base64", media_type: "image/png", data: PIXEL_PNG } },
            { type: "text", text: "What is in this picture?", cache_control: { type: "ephemeral" } },
          ],
        },
      ],
    });
    expect(message.content).toEqual([{ type: "text", text: expect.stringContaining("I see a png image. What is in this picture?") }]);
  });

  it("thinks with a signed thinking block that can be sent back in a tool loop", async () => {
    const client = anthropicClient(emulator.url);
    const question = { role: "user" as const, content: "What is the weather in Porto tomorrow?" };
    const request = { model: CLAUDE, max_tokens: 4096, thinking: { type: "enabled" as const, budget_tokens: 1024 }, tools: [weatherTool] };
    const first = await client.messages.create({ ...request, messages: [question] });
    expect(first.content.map((block) => block.type)).toEqual(["thinking", "tool_use"]);
    const [thinking, call] = first.content;
    expect(thinking).toMatchObject({ thinking: expect.stringContaining("What is the weather in Porto"), signature: expect.any(String) });
    expect(call.type === "tool_use" && isWeatherInput(call.input)).toBe(true);

    const toolResult = { type: "tool_result" as const, tool_use_id: call.type === "tool_use" ? call.id : "", content: "Rain, 14 degrees" };
    const second = await client.messages.create({
      ...request,
      messages: [question, { role: "assistant", content: first.content }, { role: "user", content: [toolResult] }],
    });
    expect(second.content.at(-1)).toEqual({ type: "text", text: expect.stringContaining("Rain, 14 degrees") });

    // A thinking block changed on its way back fails its signature check, as on Bedrock.
    const tampered = [{ ...thinking, thinking: "Something else entirely" }, call];
    const refused = await client.messages
      .create({ ...request, messages: [question, { role: "assistant", content: tampered }, { role: "user", content: [toolResult] }] })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 400, message: expect.stringContaining("signature") });
  });

  it("thinks adaptively and answers in JSON matching output_config.format", async () => {
    const message = await anthropicClient(emulator.url).messages.create({
      model: CLAUDE,
      max_tokens: 1024,
      thinking: { type: "adaptive" },
      output_config: { effort: "low", format: { type: "json_schema", schema: WEATHER_SCHEMA } },
      messages: [{ role: "user", content: "Give me a forecast request for Braga" }],
    });
    expect(message.content.map((block) => block.type)).toEqual(["thinking", "text"]);
    const answer = message.content[1];
    expect(isWeatherInput(answer.type === "text" && JSON.parse(answer.text))).toBe(true);
  });

  it("streams a tool call whose input_json_delta events assemble to the input", async () => {
    const client = anthropicClient(emulator.url);
    const request = {
      model: CLAUDE,
      max_tokens: 512,
      tools: [weatherTool],
      tool_choice: { type: "tool" as const, name: "get_weather" },
      messages: [{ role: "user" as const, content: "Will I need an umbrella in Faro?" }],
    };
    const raw = await client.messages.create({ ...request, stream: true });
    const partials: string[] = [];
    const events: string[] = [];
    for await (const event of raw) {
      events.push(event.type);
      if (event.type === "content_block_delta" && event.delta.type === "input_json_delta") partials.push(event.delta.partial_json);
    }
    expect(events[0]).toBe("message_start");
    expect(events.at(-1)).toBe("message_stop");
    expect(partials.length).toBeGreaterThan(1);
    const input: unknown = JSON.parse(partials.join(""));
    expect(isWeatherInput(input)).toBe(true);

    const final = await client.messages.stream(request).finalMessage();
    expect(final.stop_reason).toBe("tool_use");
    expect(final.content).toEqual([{ type: "tool_use", id: expect.any(String), name: "get_weather", input }]);
  });
});

function vercelBedrock(emulatorUrl: string): ReturnType<typeof createAmazonBedrock> {
  return createAmazonBedrock({
    region: "us-east-1",
    accessKeyId: EXAMPLE_CREDENTIALS.accessKeyId,
    secretAccessKey: EXAMPLE_CREDENTIALS.secretAccessKey,
    baseURL: emulatorUrl,
  });
}

describe("the Vercel AI SDK's Bedrock provider against the emulator", () => {
  const emulator = withEmulator();
  afterEach(() => clearEmulator(emulator.url));

  const weatherTool = tool({
    description: "The forecast for a city",
    inputSchema: jsonSchema<{ city: string; unit: string; days: number }>(WEATHER_SCHEMA),
    execute: () => Promise.resolve("Sunny and 24 degrees all week"),
  });

  it.each([
    ["Claude", CLAUDE],
    ["Nova", NOVA],
  ])("generates text with Converse on %s", async (_family, modelId) => {
    const result = await generateText({
      model: vercelBedrock(emulator.url)(modelId),
      system: "Be brief",
      prompt: "Name three colours of the rainbow",
      maxRetries: 0,
    });
    expect(result.text).toMatch(/^You said: Name three colours of the rainbow/);
    expect(result.finishReason).toBe("stop");
    expect(result.usage.inputTokens).toBe(8);
    expect(result.usage.totalTokens).toBe(8 + result.usage.outputTokens!);
    const [call] = await fetchCalls(emulator.url);
    expect(call).toMatchObject({ operation: "Converse", modelId, outcome: "ok" });
    expect(call.body).toMatchObject({
      system: [{ text: "Be brief" }],
      messages: [{ role: "user", content: [{ text: "Name three colours of the rainbow" }] }],
    });
  });

  it("streams text with ConverseStream, assembling the same text", async () => {
    const model = vercelBedrock(emulator.url)(CLAUDE);
    const prompt = "Name three colours of the rainbow";
    const whole = await generateText({ model, prompt, maxRetries: 0 });
    const result = streamText({ model, prompt, maxRetries: 0 });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join("")).toBe(whole.text);
    expect(await result.finishReason).toBe("stop");
    expect((await result.usage).outputTokens).toBe(whole.usage.outputTokens);
    expect((await fetchCalls(emulator.url))[1]).toMatchObject({ operation: "ConverseStream", outcome: "ok" });
  });

  it("calls a tool with input that satisfies its schema, then answers from its result", async () => {
    const result = await generateText({
      model: vercelBedrock(emulator.url)(CLAUDE),
      tools: { get_weather: weatherTool },
      stopWhen: stepCountIs(3),
      prompt: "What is the weather in Lisbon this week?",
      maxRetries: 0,
    });
    expect(result.steps).toHaveLength(2);
    const [first] = result.steps;
    expect(first.finishReason).toBe("tool-calls");
    expect(first.toolCalls).toHaveLength(1);
    expect(first.toolCalls[0].toolName).toBe("get_weather");
    expect(isWeatherInput(first.toolCalls[0].input)).toBe(true);
    expect(result.text).toContain("Sunny and 24 degrees all week");
    expect(result.finishReason).toBe("stop");
    // The provider sent the tool as Converse's toolSpec, and the call and its result back as toolUse and toolResult blocks.
    const [, second] = await fetchCalls(emulator.url);
    expect(second.body).toMatchObject({
      toolConfig: { tools: [{ toolSpec: { name: "get_weather", inputSchema: { json: WEATHER_SCHEMA } } }] },
      messages: [
        { role: "user" },
        { role: "assistant", content: [{ toolUse: { toolUseId: first.toolCalls[0].toolCallId, name: "get_weather" } }] },
        { role: "user", content: [{ toolResult: { toolUseId: first.toolCalls[0].toolCallId } }] },
      ],
    });
  });

  it("streams a forced tool call with a zod schema, its input assembled from toolUse deltas", async () => {
    const result = streamText({
      model: vercelBedrock(emulator.url)(NOVA),
      tools: {
        get_weather: tool({
          description: "The forecast for a city",
          inputSchema: z.object({ city: z.string().min(2), unit: z.enum(["celsius", "fahrenheit"]), days: z.number().int().min(1).max(7) }),
        }),
      },
      toolChoice: { type: "tool", toolName: "get_weather" },
      prompt: "Will I need an umbrella in Faro?",
      maxRetries: 0,
    });
    const deltas: string[] = [];
    for await (const part of result.fullStream) if (part.type === "tool-input-delta") deltas.push(part.delta);
    const [call] = await result.toolCalls;
    expect(deltas.length).toBeGreaterThan(1);
    expect(JSON.parse(deltas.join(""))).toEqual(call.input);
    expect(isWeatherInput(call.input)).toBe(true);
    expect(await result.finishReason).toBe("tool-calls");
    expect((await fetchCalls(emulator.url))[0].body).toMatchObject({ toolConfig: { toolChoice: { tool: { name: "get_weather" } } } });
  });

  it("answers a question about an image sent as base64 bytes", async () => {
    const messages: ModelMessage[] = [
      {
        role: "user",
        content: [
          { type: "image", image: Buffer.from(PIXEL_PNG, "base64"), mediaType: "image/png" },
          { type: "text", text: "What is in this picture?" },
        ],
      },
    ];
    const result = await generateText({ model: vercelBedrock(emulator.url)(CLAUDE), messages, maxRetries: 0 });
    expect(result.text).toContain("I see a png image of 70 bytes. What is in this picture?");
    expect((await fetchCalls(emulator.url))[0].body).toMatchObject({
      messages: [{ content: [{ image: { format: "png", source: { bytes: PIXEL_PNG } } }, { text: "What is in this picture?" }] }],
    });
  });

  it("reasons with Claude's thinking and sends the signed reasoning back through a streamed tool loop", async () => {
    const result = streamText({
      model: vercelBedrock(emulator.url)(CLAUDE),
      tools: { get_weather: weatherTool },
      stopWhen: stepCountIs(3),
      providerOptions: { bedrock: { reasoningConfig: { type: "enabled", budgetTokens: 1024 } } },
      prompt: "What is the weather in Porto tomorrow?",
      maxRetries: 0,
    });
    const steps = await result.steps;
    expect(steps).toHaveLength(2);
    expect(steps[0].reasoningText).toContain("What is the weather in Porto");
    expect(isWeatherInput(steps[0].toolCalls[0].input)).toBe(true);
    expect(await result.text).toContain("Sunny and 24 degrees all week");
    const calls = await fetchCalls(emulator.url);
    expect(calls.map((call) => call.outcome)).toEqual(["ok", "ok"]);
    expect(calls[0].body).toMatchObject({ additionalModelRequestFields: { thinking: { type: "enabled", budget_tokens: 1024 } } });
    // The second turn carries the reasoning back with its signature, ahead of the tool call.
    expect(calls[1].body).toMatchObject({
      messages: [
        { role: "user" },
        { role: "assistant", content: [{ reasoningContent: { reasoningText: { signature: expect.any(String) } } }, { toolUse: expect.any(Object) }] },
        { role: "user" },
      ],
    });
  });
});
