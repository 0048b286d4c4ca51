import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { bodyOf, validationMessageOf } from "./engine-outcome.assertions";
import { BAD_BASE64, PNG_BASE64, PNG_SEEN, streamedChunks } from "./text-engine.fixtures";

const VISION = "us.meta.llama3-2-11b-instruct-v1:0";
const prompt =
  "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n<|image|>What is in this picture?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n";

describe("Meta Llama engine: images", () => {
  it("describes the image a vision model is given, then the question", () => {
    const body = bodyOf(answerInvoke(VISION, { prompt, images: [PNG_BASE64] }));
    expect(body.generation).toMatch(new RegExp(`^You said: ${PNG_SEEN}\\. What is in this picture\\?`));
    expect(bodyOf(answerInvoke("meta.llama4-scout-17b-instruct-v1:0", { prompt, images: [PNG_BASE64] })).generation).toContain(PNG_SEEN);
  });

  it.each([
    ["an image for a text-only model", "meta.llama3-1-70b-instruct-v1:0", [PNG_BASE64], "doesn't support image input"],
    ["bad base64", VISION, [BAD_BASE64], "not valid base64"],
    ["bytes that are no image", VISION, [Buffer.from("just some text").toString("base64")], "not a png, jpeg, gif, webp image"],
    ["two images", VISION, [PNG_BASE64, PNG_BASE64], "at most 1 image"],
  ])("refuses %s", (_description, modelId, images, message) => {
    expect(validationMessageOf(answerInvoke(modelId, { prompt, images }))).toContain(message);
  });

  it("streams the described answer in pieces that join into the one-shot generation", () => {
    const body = { prompt, images: [PNG_BASE64] };
    const chunks = streamedChunks(VISION, body);
    expect(chunks.map((chunk) => chunk.generation).join("")).toBe(bodyOf(answerInvoke(VISION, body)).generation);
  });
});
