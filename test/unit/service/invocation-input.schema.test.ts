import { validateInvocation } from "../../../src/service/invocation-input.schema";

const MODEL = "anthropic.claude-3-haiku-20240307-v1:0";

describe("validateInvocation", () => {
  it("turns GraphQL nulls into absent options and keeps the prompt as given", () => {
    const result = validateInvocation({
      modelId: MODEL,
      text: { prompt: "  spaced  ", messages: null, maxTokens: null, temperature: 0.3 },
      embedding: null,
      trace: null,
    });
    expect(result).toEqual({
      ok: true,
      value: { kind: "text", modelId: MODEL, request: { prompt: "  spaced  ", temperature: 0.3 }, options: {} },
    });
  });

  it.each([
    [{ modelId: MODEL }, "input"],
    [{ modelId: MODEL, text: { prompt: "a" }, image: { prompt: "b" } }, "input"],
    [{ modelId: MODEL, text: {} }, "input.text.prompt"],
    [{ modelId: MODEL, text: { prompt: "a", maxTokens: 1.5 } }, "input.text.maxTokens"],
    [{ modelId: MODEL, text: { prompt: "a", topP: 2 } }, "input.text.topP"],
    [{ modelId: MODEL, text: { prompt: "a", temperature: 2.5 } }, "input.text.temperature"],
    [{ modelId: MODEL, text: { messages: [] } }, "input.text.messages"],
    [{ modelId: MODEL, text: { messages: [{ role: "user", content: "" }] } }, "input.text.messages.0.content"],
    [{ modelId: MODEL, text: { prompt: "a", stopSequences: [""] } }, "input.text.stopSequences.0"],
    [{ modelId: MODEL, embedding: { text: "" } }, "input.embedding.text"],
    [{ modelId: MODEL, image: { prompt: "x", width: -1 } }, "input.image.width"],
    [{ modelId: MODEL, image: { prompt: "x", seed: -3 } }, "input.image.seed"],
    [{ modelId: MODEL, body: 5 }, "input.body"],
    [{ modelId: MODEL, body: { a: 1 }, guardrail: { identifier: "UPPER", version: "1" } }, "input.guardrail.identifier"],
  ])("refuses %j on %s", (input, field) => {
    const result = validateInvocation(input as never);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.failure).toMatchObject({ kind: "Validation", source: "GATEWAY", field });
      expect(result.failure.message).toContain(field === "input" ? "exactly one of" : field);
    }
  });

  it("parses a body given as a JSON string", () => {
    expect(validateInvocation({ modelId: MODEL, body: '{"inputText":"x"}' })).toMatchObject({
      ok: true,
      value: { kind: "body", body: { inputText: "x" } },
    });
  });
});
