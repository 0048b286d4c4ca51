import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { bodyOf, validationMessageOf } from "./engine-outcome.assertions";
import { assembledChoice, PNG_BASE64, streamedChunks } from "./text-engine.fixtures";

const X5 = "writer.palmyra-x5-v1:0";

describe("Writer Palmyra", () => {
  it("answers content written as a string or, as the Bedrock page's example writes it, as {text}", () => {
    const asString = bodyOf(answerInvoke(X5, { messages: [{ role: "user", content: "Explain quantum computing" }] }));
    const asObject = bodyOf(answerInvoke(X5, { messages: [{ role: "user", content: { text: "Explain quantum computing" } }] }));
    expect(asString.choices[0].message.content).toContain("You said: Explain quantum computing");
    expect(asObject.choices[0].message.content).toBe(asString.choices[0].message.content);
    expect(asString.usage.completion_tokens).toBeGreaterThan(0);
  });

  it("refuses what the page does not document: max_tokens past 8,192, tools, images", () => {
    expect(validationMessageOf(answerInvoke(X5, { messages: [{ role: "user", content: "Hi" }], max_tokens: 9000 }))).toContain("max_tokens");
    const image = [{ type: "image_url", image_url: { url: `data:image/png;base64,${PNG_BASE64}` } }];
    expect(validationMessageOf(answerInvoke(X5, { messages: [{ role: "user", content: image }] }))).toContain("does not take image input");
  });

  it("streams chunks that assemble into the one-shot answer", () => {
    const body = { messages: [{ role: "user", content: "Tell me about lakes" }], max_tokens: 200 };
    const [choice] = bodyOf(answerInvoke(X5, body)).choices;
    expect(assembledChoice(streamedChunks(X5, body)).content).toBe(choice.message.content);
  });
});
