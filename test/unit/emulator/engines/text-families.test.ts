import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { answerOf, bodyOf, validationMessageOf } from "./engine-outcome.assertions";

const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";

function claudeBody(overrides: Record<string, unknown> = {}) {
  return {
    anthropic_version: "bedrock-2023-05-31",
    max_tokens: 256,
    system: "Be brief",
    messages: [{ role: "user", content: [{ type: "text", text: "Name three colours of the rainbow" }] }],
    ...overrides,
  };
}

describe("Anthropic Claude engine", () => {
  it("answers a Messages body with a message", () => {
    const outcome = answerInvoke(CLAUDE, claudeBody());
    const body = bodyOf(outcome);
    expect(body).toEqual({
      id: expect.stringMatching(/^msg_bdrk_01[0-9a-f]{22}$/),
      type: "message",
      role: "assistant",
      model: "claude-3-haiku-20240307",
      content: [{ type: "text", text: expect.stringContaining("Name three colours of the rainbow") }],
      stop_reason: "end_turn",
      stop_sequence: null,
      usage: { input_tokens: 8, output_tokens: expect.any(Number), cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    });
    expect(answerOf(outcome)).toMatchObject({ inputTokens: 8, outputTokens: body.usage.output_tokens });
  });

  it("gives the same answer to the same body and a different one to a different prompt", () => {
    expect(answerInvoke(CLAUDE, claudeBody())).toEqual(answerInvoke(CLAUDE, claudeBody()));
    const other = claudeBody({ messages: [{ role: "user", content: "Tell me a story" }] });
    const textOf = (body: unknown) => bodyOf(answerInvoke(CLAUDE, body)).content[0].text;
    expect(textOf(other)).not.toBe(textOf(claudeBody()));
  });

  it("stops at max_tokens", () => {
    const body = bodyOf(answerInvoke(CLAUDE, claudeBody({ max_tokens: 3 })));
    expect(body.stop_reason).toBe("max_tokens");
    expect(body.usage.output_tokens).toBe(3);
    expect(body.content[0].text).toBe("You said:");
  });

  it("reports the stop sequence it stopped at", () => {
    const body = bodyOf(answerInvoke(CLAUDE, claudeBody({ stop_sequences: ["colours"] })));
    expect(body.stop_reason).toBe("stop_sequence");
    expect(body.stop_sequence).toBe("colours");
    expect(body.content[0].text).toBe("You said: Name three ");
  });

  it.each([
    ["anthropic_version", { anthropic_version: undefined }],
    ["anthropic_version", { anthropic_version: "2023-06-01" }],
    ["max_tokens", { max_tokens: undefined }],
    ["max_tokens", { max_tokens: 0 }],
    ["temperature", { temperature: 1.5 }],
    ["messages", { messages: [] }],
    ["messages.0.role", { messages: [{ role: "system", content: "hi" }] }],
  ])("rejects a body with a bad %s", (field, overrides) => {
    expect(validationMessageOf(answerInvoke(CLAUDE, claudeBody(overrides)))).toContain(`${field}:`);
  });

  it("rejects temperature with top_p on Claude Sonnet 4.5 only", () => {
    const both = claudeBody({ temperature: 0.5, top_p: 0.9 });
    expect(validationMessageOf(answerInvoke("us.anthropic.claude-sonnet-4-5-20250929-v1:0", both))).toContain("top_p");
    expect(answerInvoke(CLAUDE, both).ok).toBe(true);
  });

  it("tolerates fields it does not know", () => {
    expect(answerInvoke(CLAUDE, claudeBody({ anthropic_beta: ["x"], metadata: { user: "u" } })).ok).toBe(true);
  });
});

describe("Amazon Titan Text engine", () => {
  const model = "amazon.titan-text-express-v1";

  it("answers with results and echoes the last user turn", () => {
    const outcome = answerInvoke(model, { inputText: "User: what is a comet?\nBot:" });
    const body = bodyOf(outcome);
    expect(body).toEqual({
      inputTextTokenCount: 9,
      results: [
        {
          tokenCount: expect.any(Number),
          outputText: expect.stringMatching(/^You said: what is a comet\?/),
          completionReason: "FINISH",
        },
      ],
    });
    expect(answerOf(outcome)).toMatchObject({ inputTokens: 9, outputTokens: body.results[0].tokenCount });
  });

  it("reports LENGTH and STOP_CRITERIA_MET", () => {
    const cut = bodyOf(answerInvoke(model, { inputText: "hello there", textGenerationConfig: { maxTokenCount: 2 } }));
    expect(cut.results[0]).toMatchObject({ tokenCount: 2, completionReason: "LENGTH" });
    const stopped = bodyOf(answerInvoke(model, { inputText: "hello there", textGenerationConfig: { stopSequences: ["there"] } }));
    expect(stopped.results[0]).toMatchObject({ outputText: "You said: hello ", completionReason: "STOP_CRITERIA_MET" });
  });

  it("enforces each model's maxTokenCount ceiling", () => {
    const body = { inputText: "hi", textGenerationConfig: { maxTokenCount: 5000 } };
    expect(answerInvoke("amazon.titan-text-express-v1", body).ok).toBe(true);
    expect(validationMessageOf(answerInvoke("amazon.titan-text-lite-v1", body))).toContain("textGenerationConfig.maxTokenCount");
  });

  it("rejects a missing inputText", () => {
    expect(validationMessageOf(answerInvoke(model, { textGenerationConfig: {} }))).toContain("inputText: required");
  });
});

describe("Amazon Nova text engine", () => {
  const model = "amazon.nova-lite-v1:0";
  const novaBody = (inferenceConfig: Record<string, unknown> = {}) => ({
    schemaVersion: "messages-v1",
    system: [{ text: "Be brief" }],
    messages: [{ role: "user", content: [{ text: "Describe the moon" }] }],
    inferenceConfig,
  });

  it("answers with output.message, stopReason and usage", () => {
    const outcome = answerInvoke(model, novaBody({ max_new_tokens: 300 }));
    const body = bodyOf(outcome);
    expect(body).toEqual({
      output: { message: { role: "assistant", content: [{ text: expect.stringContaining("Describe the moon") }] } },
      stopReason: "end_turn",
      usage: {
        inputTokens: 5,
        outputTokens: expect.any(Number),
        totalTokens: 5 + body.usage.outputTokens,
        cacheReadInputTokenCount: 0,
        cacheWriteInputTokenCount: 0,
      },
    });
    expect(answerOf(outcome).outputTokens).toBe(body.usage.outputTokens);
  });

  it("takes the token limit as max_new_tokens or maxTokens", () => {
    const cut = { stopReason: "max_tokens", usage: { outputTokens: 2 } };
    expect(bodyOf(answerInvoke(model, novaBody({ max_new_tokens: 2 })))).toMatchObject(cut);
    expect(bodyOf(answerInvoke("global.amazon.nova-2-lite-v1:0", novaBody({ maxTokens: 2 })))).toMatchObject(cut);
  });

  it("stops at a stop sequence", () => {
    expect(bodyOf(answerInvoke(model, novaBody({ stopSequences: ["moon"] })))).toMatchObject({
      stopReason: "stop_sequence",
      output: { message: { content: [{ text: "You said: Describe the " }] } },
    });
  });

  it("rejects bad bodies", () => {
    const assistantFirst = { messages: [{ role: "assistant", content: [{ text: "x" }] }] };
    expect(validationMessageOf(answerInvoke(model, assistantFirst))).toContain("messages:");
    expect(validationMessageOf(answerInvoke(model, { messages: [] }))).toContain("messages:");
    expect(validationMessageOf(answerInvoke(model, novaBody({ temperature: 2 })))).toContain("inferenceConfig.temperature");
    expect(validationMessageOf(answerInvoke(model, { ...novaBody(), schemaVersion: "messages-v2" }))).toContain("schemaVersion");
  });
});

describe("Cohere Command R engine", () => {
  const model = "cohere.command-r-plus-v1:0";

  it("answers with text, ids, chat history and finish_reason", () => {
    const history = [
      { role: "USER", message: "Hi" },
      { role: "CHATBOT", message: "Hello!" },
    ];
    const outcome = answerInvoke(model, { message: "What is rain?", chat_history: history, preamble: "Be kind" });
    const body = bodyOf(outcome);
    expect(body).toMatchObject({
      response_id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      generation_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      text: expect.stringContaining("What is rain?"),
      finish_reason: "COMPLETE",
      chat_history: [...history, { role: "USER", message: "What is rain?" }, { role: "CHATBOT", message: body.text }],
    });
    expect(answerOf(outcome).inputTokens).toBe(9);
  });

  it("reports MAX_TOKENS", () => {
    expect(bodyOf(answerInvoke(model, { message: "What is rain?", max_tokens: 1 })).finish_reason).toBe("MAX_TOKENS");
  });

  it("rejects p outside 0.01–0.99 and a missing message", () => {
    expect(validationMessageOf(answerInvoke(model, { message: "x", p: 1 }))).toContain("p:");
    expect(validationMessageOf(answerInvoke(model, {}))).toContain("message: required");
  });
});

describe("Meta Llama engine", () => {
  const model = "meta.llama3-1-70b-instruct-v1:0";
  const prompt =
    "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\nWhy is the sky blue?<|eot_id|>" + "<|start_header_id|>assistant<|end_header_id|>\n";

  it("answers with generation and token counts, echoing the user turn without markup", () => {
    const outcome = answerInvoke(model, { prompt, max_gen_len: 512 });
    const body = bodyOf(outcome);
    expect(body).toEqual({
      generation: expect.stringMatching(/^You said: Why is the sky blue\? /),
      prompt_token_count: expect.any(Number),
      generation_token_count: expect.any(Number),
      stop_reason: "stop",
    });
    expect(answerOf(outcome)).toMatchObject({ inputTokens: body.prompt_token_count, outputTokens: body.generation_token_count });
  });

  it("reports length and rejects max_gen_len above 2048", () => {
    expect(bodyOf(answerInvoke(model, { prompt, max_gen_len: 1 })).stop_reason).toBe("length");
    expect(validationMessageOf(answerInvoke(model, { prompt, max_gen_len: 4096 }))).toContain("max_gen_len");
  });
});

describe("Mistral engine", () => {
  it("answers a text completion with outputs", () => {
    const request = { prompt: "<s>[INST] Tell me a joke [/INST]", max_tokens: 200 };
    const body = bodyOf(answerInvoke("mistral.mistral-7b-instruct-v0:2", request));
    expect(body).toEqual({ outputs: [{ text: expect.stringMatching(/^You said: Tell me a joke\. /), stop_reason: "stop" }] });
  });

  it("answers a chat completion with choices", () => {
    const body = bodyOf(
      answerInvoke("mistral.mistral-large-2407-v1:0", {
        messages: [
          { role: "system", content: "Be brief" },
          { role: "user", content: "Tell me a joke" },
        ],
        max_tokens: 2,
      }),
    );
    expect(body).toEqual({ choices: [{ index: 0, message: { role: "assistant", content: "You said" }, stop_reason: "length" }] });
  });

  it("rejects top_k above 200", () => {
    expect(validationMessageOf(answerInvoke("mistral.mixtral-8x7b-instruct-v0:1", { prompt: "x", top_k: 500 }))).toContain("top_k");
  });
});

describe("AI21 Jamba engine", () => {
  const model = "ai21.jamba-1-5-mini-v1:0";

  it("answers n different choices and counts every completion in usage", () => {
    const outcome = answerInvoke(model, { messages: [{ role: "user", content: "Write a haiku" }], n: 2 });
    const body = bodyOf(outcome);
    expect(body.id).toMatch(/^chatcmpl-/);
    expect(body.choices).toHaveLength(2);
    expect(body.choices[0]).toMatchObject({ index: 0, message: { role: "assistant" }, finish_reason: "stop" });
    expect(body.choices[0].message.content).not.toBe(body.choices[1].message.content);
    expect(body.usage.prompt_tokens).toBe(3);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
    expect(answerOf(outcome)).toMatchObject({ inputTokens: 3, outputTokens: body.usage.completion_tokens });
  });

  it("reports length and rejects n above 16", () => {
    const cut = bodyOf(answerInvoke(model, { messages: [{ role: "user", content: "Hi" }], max_tokens: 1 }));
    expect(cut.choices[0].finish_reason).toBe("length");
    expect(validationMessageOf(answerInvoke(model, { messages: [{ role: "user", content: "Hi" }], n: 17 }))).toContain("n:");
  });
});

describe("DeepSeek-R1 engine", () => {
  it("answers with choices and honours stop, even inside the reasoning", () => {
    const body = bodyOf(answerInvoke("us.deepseek.r1-v1:0", { prompt: "Explain gravity", stop: ["gravity"] }));
    expect(body).toEqual({ choices: [{ text: 'The user asks: "Explain ', stop_reason: "stop" }] });
    const cut = bodyOf(answerInvoke("us.deepseek.r1-v1:0", { prompt: "Explain gravity", max_tokens: 1 }));
    expect(cut.choices[0].stop_reason).toBe("length");
  });

  it("rejects max_tokens above 32768", () => {
    expect(validationMessageOf(answerInvoke("us.deepseek.r1-v1:0", { prompt: "x", max_tokens: 40_000 }))).toContain("max_tokens");
  });
});
