import { splitTaggedReasoning, TaggedReasoningStream } from "../../../../src/models/content/tagged-reasoning";

const THINK = { open: "<think>", close: "</think>", startsInside: false };

describe("reasoning written between tags", () => {
  it("splits a whole answer into its reasoning and the answer after the tag", () => {
    expect(splitTaggedReasoning("<think>\nA capital.\n</think>\n\nParis.", THINK)).toEqual({ text: "Paris.", reasoning: "A capital." });
    expect(splitTaggedReasoning("No tags here.", THINK)).toEqual({ text: "No tags here.", reasoning: "" });
  });

  it("reads DeepSeek-R1's answer, which starts inside the tag its prompt opened", () => {
    expect(splitTaggedReasoning("Think first.\n</think>\n\nParis.", { ...THINK, startsInside: true })).toEqual({
      text: "Paris.",
      reasoning: "Think first.",
    });
  });

  it("gives the same split whatever pieces a stream cuts the text into, tags cut across pieces included", () => {
    const whole = "<think>Hmm, a capital.</think>Paris is the capital.";
    for (let size = 1; size <= whole.length; size += 1) {
      const stream = new TaggedReasoningStream(THINK);
      let text = "";
      let reasoning = "";
      for (let start = 0; start < whole.length; start += size) {
        const piece = stream.push(whole.slice(start, start + size));
        text += piece.text;
        reasoning += piece.reasoning;
      }
      const last = stream.end();
      expect({ text: text + last.text, reasoning: reasoning + last.reasoning }).toEqual({
        text: "Paris is the capital.",
        reasoning: "Hmm, a capital.",
      });
    }
  });

  it("gives back text that only looked like the start of a tag", () => {
    const stream = new TaggedReasoningStream(THINK);
    expect(stream.push("a <thi")).toEqual({ text: "a ", reasoning: "" });
    expect(stream.push("s is text")).toEqual({ text: "<this is text", reasoning: "" });
  });
});
