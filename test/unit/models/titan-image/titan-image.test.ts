import { titanImageCodec } from "../../../../src/models/titan-image/titan-image.codec";
import { readFixture } from "../read-fixture";

const V1 = "amazon.titan-image-generator-v1";
const V2 = "amazon.titan-image-generator-v2:0";
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("Titan Image Generator", () => {
  it("builds a TEXT_IMAGE task with every option given", () => {
    const body = titanImageCodec.encode(
      { prompt: "a red fox", negativePrompt: "blurry", width: 1173, height: 640, numberOfImages: 2, cfgScale: 8, seed: 42 },
      V2,
    );
    expect(body).toEqual({
      ok: true,
      value: {
        taskType: "TEXT_IMAGE",
        textToImageParams: { text: "a red fox", negativeText: "blurry" },
        imageGenerationConfig: { numberOfImages: 2, width: 1173, height: 640, cfgScale: 8, seed: 42 },
      },
    });
  });

  it("leaves unset options to the model", () => {
    const body = titanImageCodec.encode({ prompt: "a red fox" }, V1);
    expect(body.ok && asJson(body.value)).toEqual({ taskType: "TEXT_IMAGE", textToImageParams: { text: "a red fox" }, imageGenerationConfig: {} });
  });

  it("refuses a size not in its list, naming width and listing the sizes", () => {
    const body = titanImageCodec.encode({ prompt: "fox", width: 1000, height: 1000 }, V1);
    expect(!body.ok && body.failure).toMatchObject({ field: "width", message: expect.stringContaining("512x512") });
  });

  it("refuses a width without a height", () => {
    expect(titanImageCodec.encode({ prompt: "fox", width: 512 }, V1)).toMatchObject({ ok: false, failure: { field: "height" } });
  });

  it.each([
    ["numberOfImages", { numberOfImages: 6 }],
    ["cfgScale", { cfgScale: 1 }],
    ["cfgScale", { cfgScale: 10.5 }],
    ["seed", { seed: 2147483647 }],
    ["prompt", { prompt: "x".repeat(513) }],
    ["negativePrompt", { negativePrompt: "x".repeat(513) }],
  ])("refuses %s outside its documented range", (field, option) => {
    const body = titanImageCodec.encode({ prompt: "fox", ...option }, V2);
    expect(body).toMatchObject({ ok: false, failure: { field } });
  });

  it("accepts the edges of its ranges", () => {
    const body = titanImageCodec.encode({ prompt: "fox", numberOfImages: 5, cfgScale: 1.1, seed: 2147483646 }, V2);
    expect(body.ok).toBe(true);
  });

  it("reads PNG images with their true size, and no seed", () => {
    const generation = titanImageCodec.decode(readFixture("amazon-titan-image-response.json"));
    expect(generation.ok && generation.value.images).toEqual([
      { base64: expect.stringMatching(/^iVBORw0KGgo/), mimeType: "image/png", width: 512, height: 512, seed: null },
    ]);
  });

  it("reports the model's error when no image came back", () => {
    const generation = titanImageCodec.decode({ images: [], error: "Prompt was blocked" });
    expect(!generation.ok && generation.failure.message).toContain("Prompt was blocked");
  });

  it("reports a body that is not the documented shape", () => {
    expect(titanImageCodec.decode({ images: "not a list" }).ok).toBe(false);
  });
});
