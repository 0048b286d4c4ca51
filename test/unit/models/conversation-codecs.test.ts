import { ai21JambaCodec } from "../../../src/models/ai21-jamba/ai21-jamba.codec";
import { anthropicClaudeCodec } from "../../../src/models/anthropic-claude/anthropic-claude.codec";
import { type TextChunk, type TextCodec } from "../../../src/models/codec.types";
import { cohereCommandRCodec } from "../../../src/models/cohere-command-r/cohere-command-r.codec";
import { deepseekCodec } from "../../../src/models/deepseek/deepseek.codec";
import { type TextRequest } from "../../../src/models/invocation.types";
import { metaLlamaCodec } from "../../../src/models/meta-llama/meta-llama.codec";
import { mistralCodec } from "../../../src/models/mistral/mistral.codec";
import { novaTextCodec } from "../../../src/models/nova-text/nova-text.codec";
import { openAiGptOssCodec } from "../../../src/models/openai-gpt-oss/openai-gpt-oss.codec";
import { qwenCodec } from "../../../src/models/qwen/qwen.codec";
import { titanTextCodec } from "../../../src/models/titan-text/titan-text.codec";
import { writerPalmyraCodec } from "../../../src/models/writer-palmyra/writer-palmyra.codec";
import { readFixture } from "./read-fixture";

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").toString("base64");
const WEATHER = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };

/** The two turns of a tool loop: the model's call, and the caller's result. */
const TOOL_LOOP: TextRequest = {
  messages: [
    { role: "user", content: "What is the weather in Paris?" },
    { role: "assistant", blocks: [{ kind: "toolUse", id: "call-1", name: "get_weather", input: { city: "Paris" } }] },
    { role: "user", blocks: [{ kind: "toolResult", toolUseId: "call-1", content: [{ json: { celsius: 21 } }], isError: false }] },
  ],
  tools: [{ name: "get_weather", description: "Weather by city", inputSchema: WEATHER }],
};

const IMAGE_QUESTION: TextRequest = {
  messages: [
    {
      role: "user",
      blocks: [
        { kind: "image", format: "png", source: { base64: PNG } },
        { kind: "text", text: "What is this?" },
      ],
    },
  ],
};

function encoded(codec: TextCodec, request: TextRequest, modelId: string): Record<string, unknown> {
  const result = codec.encode(request, modelId);
  if (!result.ok) throw new Error(`${codec.family}: ${result.failure.field}: ${result.failure.message}`);
  return result.value as Record<string, unknown>;
}

function chunks(codec: TextCodec, fixture: string): TextChunk[] {
  return (readFixture(fixture) as unknown[]).map((chunk) => {
    const read = codec.decodeChunk(chunk);
    if (!read.ok) throw new Error(read.failure.message);
    return read.value;
  });
}

describe("tool loops in each family's words", () => {
  it("Claude: tool_use in the assistant turn, tool_result in the user turn, tools with input_schema", () => {
    const body = encoded(anthropicClaudeCodec, TOOL_LOOP, "anthropic.claude-3-5-sonnet-20241022-v2:0");
    expect(body.tools).toEqual([{ name: "get_weather", description: "Weather by city", input_schema: WEATHER }]);
    expect(body.messages).toEqual([
      { role: "user", content: [{ type: "text", text: "What is the weather in Paris?" }] },
      { role: "assistant", content: [{ type: "tool_use", id: "call-1", name: "get_weather", input: { city: "Paris" } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "call-1", content: [{ type: "text", text: '{"celsius":21}' }] }] },
    ]);
  });

  it("Nova: toolConfig with inputSchema.json, toolUse and toolResult blocks with their status", () => {
    const body = encoded(novaTextCodec, { ...TOOL_LOOP, toolChoice: { mode: "any" } }, "amazon.nova-pro-v1:0");
    expect(body.toolConfig).toEqual({
      tools: [{ toolSpec: { name: "get_weather", description: "Weather by city", inputSchema: { json: WEATHER } } }],
      toolChoice: { any: {} },
    });
    expect((body.messages as Array<{ content: unknown }>)[2].content).toEqual([
      { toolResult: { toolUseId: "call-1", content: [{ json: { celsius: 21 } }], status: "success" } },
    ]);
  });

  it.each([
    ["Mistral chat", mistralCodec, "mistral.mistral-large-2407-v1:0"],
    ["AI21 Jamba", ai21JambaCodec, "ai21.jamba-1-5-large-v1:0"],
    ["gpt-oss", openAiGptOssCodec, "openai.gpt-oss-20b-1:0"],
    ["Qwen3", qwenCodec, "qwen.qwen3-32b-v1:0"],
  ] as const)("%s: OpenAI-style functions, tool_calls with JSON-text arguments, a tool message with the call id", (_name, codec, modelId) => {
    const body = encoded(codec, TOOL_LOOP, modelId);
    expect(body.tools).toEqual([{ type: "function", function: { name: "get_weather", description: "Weather by city", parameters: WEATHER } }]);
    const messages = body.messages as Array<Record<string, unknown>>;
    expect(messages.at(-2)).toEqual({
      role: "assistant",
      content: "",
      tool_calls: [{ id: "call-1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } }],
    });
    expect(messages.at(-1)).toEqual({ role: "tool", tool_call_id: "call-1", content: '{"celsius":21}' });
  });

  it("Cohere: parameter definitions from the JSON Schema, and the result sent with the call it answers", () => {
    const body = encoded(cohereCommandRCodec, TOOL_LOOP, "cohere.command-r-plus-v1:0");
    expect(body.tools).toEqual([
      { name: "get_weather", description: "Weather by city", parameter_definitions: { city: { type: "str", required: true } } },
    ]);
    expect(body.tool_results).toEqual([{ call: { name: "get_weather", parameters: { city: "Paris" } }, outputs: [{ celsius: 21 }] }]);
  });

  it.each([
    ["Titan", titanTextCodec, "amazon.titan-text-express-v1"],
    ["Llama", metaLlamaCodec, "meta.llama3-3-70b-instruct-v1:0"],
    ["DeepSeek", deepseekCodec, "deepseek.r1-v1:0"],
    ["Mistral text completion", mistralCodec, "mistral.mistral-7b-instruct-v0:2"],
  ] as const)("%s has no tools: a problem naming the field, before anything is sent", (_name, codec, modelId) => {
    expect(codec.encode(TOOL_LOOP, modelId)).toMatchObject({
      ok: false,
      failure: { field: "tools", message: expect.stringContaining("has no tools") },
    });
  });

  it("gpt-oss names one tool as a function; Mistral cannot and says what it takes", () => {
    const forced: TextRequest = { ...TOOL_LOOP, toolChoice: { mode: "tool", name: "get_weather" } };
    expect(encoded(openAiGptOssCodec, forced, "openai.gpt-oss-20b-1:0").tool_choice).toEqual({ type: "function", function: { name: "get_weather" } });
    expect(mistralCodec.encode(forced, "mistral.mistral-large-2407-v1:0")).toMatchObject({
      ok: false,
      failure: { field: "toolChoice.tool", message: expect.stringContaining("use mode ANY") },
    });
  });
});

describe("what a family's words cannot say", () => {
  it("Nova has no way to forbid tool calls: NONE is refused by field", () => {
    expect(novaTextCodec.encode({ ...TOOL_LOOP, toolChoice: { mode: "none" } }, "amazon.nova-pro-v1:0")).toMatchObject({
      ok: false,
      failure: { field: "toolChoice.mode", message: expect.stringContaining("not NONE") },
    });
  });

  it("Claude leaves out reasoning it did not sign (another family's) and sends back its own", () => {
    const request: TextRequest = {
      messages: [
        { role: "user", content: "Hi" },
        {
          role: "assistant",
          blocks: [
            { kind: "reasoning", text: "from Qwen" },
            { kind: "reasoning", text: "mine", signature: "sig" },
            { kind: "text", text: "Hello" },
          ],
        },
        { role: "user", content: "And?" },
      ],
    };
    expect(
      (encoded(anthropicClaudeCodec, request, "anthropic.claude-3-7-sonnet-20250219-v1:0").messages as Array<{ content: unknown[] }>)[1].content,
    ).toEqual([
      { type: "thinking", thinking: "mine", signature: "sig" },
      { type: "text", text: "Hello" },
    ]);
  });

  it("Command R's calls get ids that differ between calls, so each result finds its own call", () => {
    const answer = {
      text: "",
      finish_reason: "COMPLETE",
      tool_calls: [
        { name: "get_weather", parameters: { city: "Oslo" } },
        { name: "get_weather", parameters: { city: "Rome" } },
      ],
    };
    const decoded = cohereCommandRCodec.decode(answer);
    const ids = decoded.ok ? decoded.value.toolCalls.map((call) => call.id) : [];
    expect(new Set(ids).size).toBe(2);
    expect(decoded).toMatchObject({ ok: true, value: { finishReason: "TOOL_USE" } });
  });

  it("a chat-completions chunk with several calls gives every one of them, with reasoning beside", () => {
    const chunk = {
      choices: [
        {
          message: {
            reasoning_content: "two cities",
            tool_calls: [
              { id: "a", function: { name: "get_weather", arguments: '{"city":"Oslo"}' } },
              { id: "b", function: { name: "get_weather", arguments: '{"city":"Rome"}' } },
            ],
          },
        },
      ],
    };
    expect(mistralCodec.decodeChunk(chunk)).toMatchObject({
      ok: true,
      value: {
        reasoning: { text: "two cities" },
        toolCalls: [
          { key: 0, id: "a", inputJson: '{"city":"Oslo"}' },
          { key: 1, id: "b", inputJson: '{"city":"Rome"}' },
        ],
      },
    });
  });
});

describe("images and documents", () => {
  it("Claude sends base64 image and PDF document blocks", () => {
    const request: TextRequest = {
      messages: [
        {
          role: "user",
          blocks: [
            { kind: "document", format: "pdf", name: "report", source: { base64: PDF } },
            { kind: "text", text: "Summarize." },
          ],
        },
      ],
    };
    expect(
      (encoded(anthropicClaudeCodec, request, "anthropic.claude-sonnet-4-20250514-v1:0").messages as Array<{ content: unknown[] }>)[0].content[0],
    ).toEqual({
      type: "document",
      source: { type: "base64", media_type: "application/pdf", data: PDF },
      title: "report",
    });
    expect(
      (encoded(anthropicClaudeCodec, IMAGE_QUESTION, "anthropic.claude-3-haiku-20240307-v1:0").messages as Array<{ content: unknown[] }>)[0]
        .content[0],
    ).toEqual({
      type: "image",
      source: { type: "base64", media_type: "image/png", data: PNG },
    });
  });

  it("Llama puts the image in `images` and marks it in the prompt; Pixtral sends an image_url part", () => {
    const llama = encoded(metaLlamaCodec, IMAGE_QUESTION, "meta.llama3-2-11b-instruct-v1:0");
    expect(llama.images).toEqual([PNG]);
    expect(llama.prompt).toContain("<|image|>What is this?");
    const pixtral = encoded(mistralCodec, IMAGE_QUESTION, "mistral.pixtral-large-2502-v1:0");
    expect((pixtral.messages as Array<{ content: unknown }>)[0].content).toEqual([
      { type: "image_url", image_url: { url: `data:image/png;base64,${PNG}` } },
      { type: "text", text: "What is this?" },
    ]);
  });

  it("Nova takes S3 video but no documents on InvokeModel", () => {
    const video: TextRequest = {
      messages: [
        {
          role: "user",
          blocks: [
            { kind: "video", format: "mp4", source: { s3Uri: "s3://bucket/clip.mp4" } },
            { kind: "text", text: "Describe." },
          ],
        },
      ],
    };
    expect((encoded(novaTextCodec, video, "amazon.nova-pro-v1:0").messages as Array<{ content: unknown[] }>)[0].content[0]).toEqual({
      video: { format: "mp4", source: { s3Location: { uri: "s3://bucket/clip.mp4" } } },
    });
    const document: TextRequest = { messages: [{ role: "user", blocks: [{ kind: "document", format: "pdf", name: "r", source: { base64: PDF } }] }] };
    expect(novaTextCodec.encode(document, "amazon.nova-pro-v1:0")).toMatchObject({
      ok: false,
      failure: { field: "messages.0.blocks.0.document", message: expect.stringContaining("not documents") },
    });
  });

  it("refuses a format the family does not take, bytes that are not what they claim, and an item over the family's limit", () => {
    const bmp: TextRequest = { messages: [{ role: "user", blocks: [{ kind: "document", format: "docx", name: "r", source: { base64: PDF } }] }] };
    expect(anthropicClaudeCodec.encode(bmp, "anthropic.claude-sonnet-4-20250514-v1:0")).toMatchObject({
      ok: false,
      failure: { field: "messages.0.blocks.0.document.format" },
    });
    const lying: TextRequest = { messages: [{ role: "user", blocks: [{ kind: "image", format: "jpeg", source: { base64: PNG } }] }] };
    expect(anthropicClaudeCodec.encode(lying, "anthropic.claude-3-haiku-20240307-v1:0")).toMatchObject({
      ok: false,
      failure: { field: "messages.0.blocks.0.image.base64", message: "the image is declared jpeg but holds png bytes" },
    });
    const big = Buffer.alloc(4 * 1024 * 1024);
    Buffer.from(PNG, "base64").copy(big);
    const huge: TextRequest = {
      messages: [{ role: "user", blocks: [{ kind: "image", format: "png", source: { base64: big.toString("base64") } }] }],
    };
    expect(anthropicClaudeCodec.encode(huge, "anthropic.claude-3-haiku-20240307-v1:0")).toMatchObject({
      ok: false,
      failure: { field: "messages.0.blocks.0.image.base64", message: expect.stringContaining("at most 3.75 MiB") },
    });
    expect(titanTextCodec.encode(IMAGE_QUESTION, "amazon.titan-text-express-v1")).toMatchObject({
      ok: false,
      failure: { message: "Amazon Titan Text takes text only, not images" },
    });
  });
});

describe("structured output and reasoning", () => {
  const format = { name: "capital", jsonSchema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } };

  it("Claude and Nova force one tool whose input schema is the requested schema", () => {
    const claude = encoded(anthropicClaudeCodec, { prompt: "Capital of France?", responseFormat: format }, "anthropic.claude-3-haiku-20240307-v1:0");
    expect(claude.tool_choice).toEqual({ type: "tool", name: "capital" });
    expect((claude.tools as Array<{ input_schema: unknown }>)[0].input_schema).toEqual(format.jsonSchema);
    const nova = encoded(novaTextCodec, { prompt: "Capital of France?", responseFormat: format }, "amazon.nova-lite-v1:0");
    expect((nova.toolConfig as { toolChoice: unknown }).toolChoice).toEqual({ tool: { name: "capital" } });
  });

  it("gpt-oss and Qwen send response_format with the JSON Schema", () => {
    for (const [codec, modelId] of [
      [openAiGptOssCodec, "openai.gpt-oss-120b-1:0"],
      [qwenCodec, "qwen.qwen3-32b-v1:0"],
    ] as const) {
      expect(encoded(codec, { prompt: "Capital?", responseFormat: format }, modelId).response_format).toEqual({
        type: "json_schema",
        json_schema: { name: "capital", schema: format.jsonSchema, strict: true },
      });
    }
  });

  it("Claude thinks with a budget below max_tokens and refuses what thinking forbids", () => {
    const body = encoded(anthropicClaudeCodec, { prompt: "Why?", reasoning: { budgetTokens: 2048 } }, "anthropic.claude-3-7-sonnet-20250219-v1:0");
    expect(body.thinking).toEqual({ type: "enabled", budget_tokens: 2048 });
    expect(body.max_tokens).toBe(3072);
    expect(
      anthropicClaudeCodec.encode({ prompt: "Why?", reasoning: { budgetTokens: 512 } }, "anthropic.claude-3-7-sonnet-20250219-v1:0"),
    ).toMatchObject({ ok: false, failure: { field: "reasoning.budgetTokens" } });
    expect(
      anthropicClaudeCodec.encode(
        { prompt: "Why?", temperature: 0.2, reasoning: { budgetTokens: 2048 } },
        "anthropic.claude-3-7-sonnet-20250219-v1:0",
      ),
    ).toMatchObject({ ok: false, failure: { field: "temperature" } });
    expect(anthropicClaudeCodec.encode({ prompt: "Why?", reasoning: { effort: "high" } }, "anthropic.claude-3-7-sonnet-20250219-v1:0")).toMatchObject(
      { ok: false, failure: { field: "reasoning.effort", message: expect.stringContaining("budgetTokens") } },
    );
  });

  it("Nova 2 and gpt-oss take an effort; DeepSeek-R1 takes no setting because it always reasons", () => {
    expect(encoded(novaTextCodec, { prompt: "Why?", reasoning: { effort: "low" } }, "amazon.nova-2-lite-v1:0").reasoningConfig).toEqual({
      type: "enabled",
      maxReasoningEffort: "low",
    });
    expect(encoded(openAiGptOssCodec, { prompt: "Why?", reasoning: { effort: "high" } }, "openai.gpt-oss-20b-1:0").reasoning_effort).toBe("high");
    expect(deepseekCodec.encode({ prompt: "Why?", reasoning: { effort: "low" } }, "deepseek.r1-v1:0")).toMatchObject({
      ok: false,
      failure: { field: "reasoning", message: expect.stringContaining("always reasons") },
    });
  });
});

describe("answers with tool calls, reasoning and cache counts", () => {
  it("Claude: tool_use blocks become tool calls, thinking its reasoning with the signature, cache writes counted", () => {
    expect(anthropicClaudeCodec.decode(readFixture("anthropic-claude-tool-use-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "",
        stopReason: "tool_use",
        finishReason: "TOOL_USE",
        toolCalls: [{ id: "toolu_bdrk_01SnXQc6YVWD8Dom5jz7KhHy", name: "top_song", input: { sign: "WZPZ" } }],
        reasoning: { text: "The user wants a song; the tool finds it.", signature: "WaUjzkypQ2mUEVM36O2TxuC06KN8xyfb", redactedData: [] },
        usage: { inputTokens: 375, outputTokens: 36, cacheReadTokens: 0, cacheWriteTokens: 120 },
      },
    });
  });

  it("Nova: toolUse blocks become tool calls", () => {
    expect(novaTextCodec.decode(readFixture("amazon-nova-text-tool-use-response.json"))).toMatchObject({
      ok: true,
      value: { finishReason: "TOOL_USE", toolCalls: [{ id: "tooluse_20Z9zl0BQWSXjFuLKdTJcA", name: "top_song", input: { sign: "WZPZ" } }] },
    });
  });

  it("gpt-oss: the <reasoning> part of the content is reasoning, the rest the answer; arguments are parsed", () => {
    expect(openAiGptOssCodec.decode(readFixture("openai-gpt-oss-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "",
        stopReason: "tool_calls",
        finishReason: "TOOL_USE",
        toolCalls: [{ id: "call_9f2", name: "get_weather", input: { city: "Paris" } }],
        reasoning: { text: "The user wants the weather; I should call the tool.", signature: null, redactedData: [] },
        usage: { inputTokens: 41, outputTokens: 23 },
      },
    });
  });

  it("Qwen3: <think> is reasoning; its stream's tool-call pieces carry the call's index, id and name first", () => {
    expect(qwenCodec.decode(readFixture("qwen-response.json"))).toMatchObject({
      ok: true,
      value: { text: "Paris is the capital of France.", reasoning: { text: "A capital city." } },
    });
    const pieces = chunks(qwenCodec, "qwen-stream.json").flatMap((chunk) => chunk.toolCalls ?? []);
    expect(pieces).toEqual([
      { key: 0, id: "call_1", name: "get_weather", inputJson: "" },
      { key: 0, inputJson: '{"city":' },
      { key: 0, inputJson: '"Paris"}' },
    ]);
  });

  it("Writer Palmyra: a chat completion read as text; tools refused by field", () => {
    expect(writerPalmyraCodec.decode(readFixture("writer-palmyra-response.json"))).toEqual({
      ok: true,
      value: {
        modality: "TEXT",
        text: "Paris is the capital of France.",
        stopReason: "stop",
        finishReason: "END_TURN",
        toolCalls: [],
        reasoning: null,
        usage: { inputTokens: 14, outputTokens: 8 },
      },
    });
    expect(writerPalmyraCodec.encode(TOOL_LOOP, "writer.palmyra-x5-v1:0")).toMatchObject({ ok: false, failure: { field: "tools" } });
    expect(encoded(writerPalmyraCodec, { system: "Be brief.", prompt: "Hi", maxTokens: 50 }, "writer.palmyra-x5-v1:0")).toEqual({
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
      ],
      max_tokens: 50,
    });
  });

  it("gpt-oss stream: the pieces hold the tagged text as sent; the stream reader splits it (see the stream assembly)", () => {
    const text = chunks(openAiGptOssCodec, "openai-gpt-oss-stream.json")
      .map((chunk) => chunk.text)
      .join("");
    expect(text).toBe("<reasoning>Capital question.</reasoning>Paris is the capital of France.");
    expect(openAiGptOssCodec.reasoningTags).toEqual({ open: "<reasoning>", close: "</reasoning>", startsInside: false });
  });
});
