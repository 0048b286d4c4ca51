import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { answerOf, bodyOf } from "./engine-outcome.assertions";
import { streamedChunks } from "./text-engine.fixtures";

const MODEL = "us.deepseek.r1-v1:0";
// The Bedrock page's prompt format: the template opens <think>, so the model writes inside it first.
const prompt = "<｜begin▁of▁sentence｜><｜User｜>Explain gravity<｜Assistant｜><think>\n";

describe("DeepSeek-R1 engine: reasoning in the text", () => {
  it("writes its reasoning, closes </think>, then answers", () => {
    const outcome = answerInvoke(MODEL, { prompt });
    const [choice] = bodyOf(outcome).choices;
    expect(choice.stop_reason).toBe("stop");
    const [reasoning, answer] = choice.text.split("\n</think>\n\n");
    expect(reasoning).toContain("Explain gravity");
    expect(answer).toMatch(/^You said: Explain gravity\./);
    expect(answerOf(outcome).outputTokens).toBeGreaterThan(answerOf(answerInvoke(MODEL, { prompt, max_tokens: 10 })).outputTokens);
  });

  it("spends the token limit on reasoning first", () => {
    const [choice] = bodyOf(answerInvoke(MODEL, { prompt, max_tokens: 5 })).choices;
    expect(choice).toEqual({ text: 'The user asks: "', stop_reason: "length" });
  });

  it("stops at a stop sequence in the answer after the whole reasoning", () => {
    const [choice] = bodyOf(answerInvoke(MODEL, { prompt, stop: ["said"] })).choices;
    expect(choice.stop_reason).toBe("stop");
    expect(choice.text).toMatch(/\n<\/think>\n\nYou $/);
  });

  it("streams the same text in pieces, the stop reason on the last", () => {
    const chunks = streamedChunks(MODEL, { prompt });
    expect(chunks.map((chunk) => chunk.choices[0].text).join("")).toBe(bodyOf(answerInvoke(MODEL, { prompt })).choices[0].text);
    expect(chunks.map((chunk) => chunk.choices[0].stop_reason)).toEqual([...Array(chunks.length - 1).fill(null), "stop"]);
  });
});
