import { answerConverse, type ConverseOutcome, type ConverseReply } from "../../../../src/emulator/engines/answer-converse";

const conversation = {
  system: [{ text: "Be brief" }],
  messages: [
    { role: "user", content: [{ text: "Hi" }] },
    { role: "assistant", content: [{ text: "Hello" }] },
    { role: "user", content: [{ text: "Name three colours" }, { image: { format: "png", source: { bytes: "AA==" } } }] },
  ],
};

function replyOf(outcome: ConverseOutcome): ConverseReply {
  if (!outcome.ok) throw new Error(`expected a reply, got ${outcome.exception}: ${outcome.message}`);
  return outcome.reply;
}

describe("the Converse answer", () => {
  it("replies to the last user message, counting every turn and the system prompt as input", () => {
    const reply = replyOf(answerConverse("amazon.nova-pro-v1:0", conversation));
    expect(reply.text).toMatch(/^You said: Name three colours\./);
    expect(reply.pieces.join("")).toBe(reply.text);
    expect(reply.usage).toEqual({
      inputTokens: 7,
      outputTokens: reply.pieces.length,
      totalTokens: 7 + reply.pieces.length,
    });
    expect(reply.stopReason).toBe("end_turn");
  });

  it("tolerates Converse fields it does not read", () => {
    const body = { ...conversation, toolConfig: { tools: [] }, additionalModelRequestFields: { top_k: 5 } };
    expect(answerConverse("mistral.mistral-large-2407-v1:0", body).ok).toBe(true);
  });

  it("names every problem in Coral's validation wording", () => {
    const outcome = answerConverse("amazon.nova-pro-v1:0", {
      ...conversation,
      inferenceConfig: { maxTokens: 0, temperature: 2 },
    });
    expect(outcome).toMatchObject({ ok: false, exception: "ValidationException" });
    expect(!outcome.ok && outcome.message).toMatch(
      /^2 validation errors detected: Value at 'inferenceConfig.maxTokens' .*; Value at 'inferenceConfig.temperature' /,
    );
  });

  it("refuses an embedding model before reading the body", () => {
    expect(answerConverse("amazon.titan-embed-text-v1", "not even an object")).toMatchObject({
      ok: false,
      exception: "ValidationException",
    });
  });
});
