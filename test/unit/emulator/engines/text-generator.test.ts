import { generateText } from "../../../../src/emulator/engines/text-generator";
import { countTokens, splitIntoPieces, tokenize } from "../../../../src/emulator/engines/tokenizer";

const request = { prompt: "Tell me about the blue whale", inputTokens: 6, maxTokens: 1000, stopSequences: [] };

describe("tokenizer", () => {
  it("counts words and punctuation marks as tokens", () => {
    expect(tokenize("Hello, world! Don't panic.")).toEqual(["Hello", ",", "world", "!", "Don't", "panic", "."]);
    expect(countTokens("one two", "three")).toBe(3);
  });

  it("splits text into one-token pieces that join back into the text", () => {
    const text = "  Hello, world! Twice.";
    expect(splitIntoPieces(text).join("")).toBe(text);
    expect(splitIntoPieces(text)).toHaveLength(tokenize(text).length);
  });
});

describe("generateText", () => {
  it("echoes the prompt and finishes on its own within a generous limit", () => {
    const generated = generateText(request);
    expect(generated.text.startsWith("You said: Tell me about the blue whale.")).toBe(true);
    expect(generated.stopReason).toBe("end");
    expect(generated.stopSequence).toBeNull();
    expect(generated.inputTokens).toBe(6);
    expect(generated.outputTokens).toBe(countTokens(generated.text));
  });

  it("is deterministic, and different prompts get different replies", () => {
    expect(generateText(request)).toEqual(generateText(request));
    expect(generateText({ ...request, prompt: "What is a comet?" }).text).not.toBe(generateText(request).text);
  });

  it("gives each variant of the same request a different reply", () => {
    expect(generateText({ ...request, variant: 1 }).text).not.toBe(generateText({ ...request, variant: 0 }).text);
  });

  it("produces pieces, one token each, that join into the text", () => {
    const generated = generateText(request);
    expect(generated.pieces.join("")).toBe(generated.text);
    expect(generated.pieces).toHaveLength(generated.outputTokens);
  });

  it("stops at the token limit", () => {
    const generated = generateText({ ...request, maxTokens: 4 });
    expect(generated.text).toBe("You said: Tell");
    expect(generated.outputTokens).toBe(4);
    expect(generated.stopReason).toBe("length");
  });

  it("cuts before the first stop sequence it completes", () => {
    const generated = generateText({ ...request, stopSequences: ["whale", "about"] });
    expect(generated.text).toBe("You said: Tell me ");
    expect(generated.stopReason).toBe("stop_sequence");
    expect(generated.stopSequence).toBe("about");
    expect(generated.pieces.join("")).toBe(generated.text);
    expect(generated.outputTokens).toBe(5);
  });

  it("finds a stop sequence that spans pieces", () => {
    const generated = generateText({ ...request, stopSequences: ["said: Tell"] });
    expect(generated.text).toBe("You ");
    expect(generated.pieces).toEqual(["You", " "]);
  });

  it("reports the length limit when it comes before the stop sequence", () => {
    const generated = generateText({ ...request, maxTokens: 3, stopSequences: ["whale"] });
    expect(generated.stopReason).toBe("length");
    expect(generated.text).toBe("You said:");
  });
});
