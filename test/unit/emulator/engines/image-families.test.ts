import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { answerOf, bodyOf, validationMessageOf } from "./engine-outcome.assertions";
import { inspectPng } from "./png-inspection";

function imageRequest(config: Record<string, unknown> = {}, text = "a red fox in snow") {
  return {
    taskType: "TEXT_IMAGE",
    textToImageParams: { text, negativeText: "blurry" },
    imageGenerationConfig: { numberOfImages: 1, quality: "standard", width: 512, height: 512, cfgScale: 8, seed: 42, ...config },
  };
}

function decodedImages(body: { images: string[] }) {
  return body.images.map((image) => inspectPng(Buffer.from(image, "base64")));
}

describe.each(["amazon.titan-image-generator-v1", "amazon.titan-image-generator-v2:0", "amazon.nova-canvas-v1:0"])("%s engine", (model) => {
  it("answers valid PNG images of the requested size and no error", () => {
    const outcome = answerInvoke(model, imageRequest({ width: 768, height: 384 }));
    const body = bodyOf(outcome);
    expect(body.error).toBeNull();
    const [png] = decodedImages(body);
    expect(png.signatureMatches).toBe(true);
    expect(png.chunks.every((chunk) => chunk.crcMatches)).toBe(true);
    expect(png).toMatchObject({ width: 768, height: 384 });
    expect(png.scanlines).toHaveLength((1 + 768 * 3) * 384);
    expect(answerOf(outcome)).toMatchObject({ inputTokens: 0, outputTokens: 0 });
  });

  it("answers numberOfImages different images", () => {
    const body = bodyOf(answerInvoke(model, imageRequest({ numberOfImages: 3, width: 320, height: 320 })));
    expect(body.images).toHaveLength(3);
    expect(new Set(body.images).size).toBe(3);
  });

  it("is deterministic, and a different seed changes the pixels", () => {
    const first = bodyOf(answerInvoke(model, imageRequest()));
    expect(bodyOf(answerInvoke(model, imageRequest()))).toEqual(first);
    const [reseeded] = decodedImages(bodyOf(answerInvoke(model, imageRequest({ seed: 43 }))));
    expect(reseeded.scanlines).not.toEqual(decodedImages(first)[0].scanlines);
  });

  it("derives a seed from the prompt when none is given", () => {
    const unseeded = imageRequest({ width: 320, height: 320 });
    delete (unseeded.imageGenerationConfig as { seed?: number }).seed;
    expect(bodyOf(answerInvoke(model, unseeded))).toEqual(bodyOf(answerInvoke(model, unseeded)));
  });

  it.each([
    ["numberOfImages", { numberOfImages: 6 }],
    ["numberOfImages", { numberOfImages: 0 }],
    ["width", { width: 500 }],
    ["width", { width: 8192 }],
    ["cfgScale", { cfgScale: 11 }],
  ])("rejects a bad %s", (field, config) => {
    expect(validationMessageOf(answerInvoke(model, imageRequest(config)))).toContain(`imageGenerationConfig.${field}:`);
  });

  it("rejects a missing prompt and task types it does not emulate", () => {
    expect(validationMessageOf(answerInvoke(model, { taskType: "TEXT_IMAGE" }))).toContain("textToImageParams");
    expect(validationMessageOf(answerInvoke(model, { ...imageRequest(), taskType: "INPAINTING" }))).toContain("INPAINTING");
  });
});

describe("image size rules per model", () => {
  it("Titan takes multiples of 64 only; Nova Canvas takes multiples of 16 up to 4096", () => {
    const size = { width: 1408, height: 400 };
    expect(validationMessageOf(answerInvoke("amazon.titan-image-generator-v1", imageRequest(size)))).toContain("multiples of 64");
    expect(answerInvoke("amazon.nova-canvas-v1:0", imageRequest(size)).ok).toBe(true);
  });

  it("Nova Canvas refuses aspect ratios beyond 4:1", () => {
    const wide = imageRequest({ width: 2048, height: 320 });
    expect(validationMessageOf(answerInvoke("amazon.nova-canvas-v1:0", wide))).toContain("aspect ratio");
  });

  it("seeds are bounded per model", () => {
    const seed = 1_000_000_000;
    expect(answerInvoke("amazon.titan-image-generator-v1", imageRequest({ seed, width: 320, height: 320 })).ok).toBe(true);
    expect(validationMessageOf(answerInvoke("amazon.nova-canvas-v1:0", imageRequest({ seed })))).toContain("seed");
  });
});

describe("Stability engine", () => {
  const model = "stability.sd3-5-large-v1:0";

  it.each([
    ["1:1", 1024, 1024],
    ["16:9", 1344, 768],
    ["9:21", 640, 1536],
  ])("answers a %s PNG of %i×%i with its seed", (aspect_ratio, width, height) => {
    const body = bodyOf(answerInvoke(model, { prompt: "a castle", aspect_ratio, seed: 5, output_format: "png" }));
    expect(body.seeds).toEqual([5]);
    expect(body.finish_reasons).toEqual([null]);
    const [png] = decodedImages(body);
    expect(png).toMatchObject({ signatureMatches: true, width, height });
  });

  it("reports the seed it derived when none or 0 is given", () => {
    const unseeded = bodyOf(answerInvoke("stability.stable-image-core-v1:1", { prompt: "a castle" }));
    expect(unseeded.seeds[0]).toBeGreaterThan(0);
    expect(bodyOf(answerInvoke("stability.stable-image-core-v1:1", { prompt: "a castle", seed: 0 })).seeds).toEqual(unseeded.seeds);
  });

  it("changes the pixels with the seed", () => {
    const image = (seed: number) => bodyOf(answerInvoke("stability.stable-image-ultra-v1:1", { prompt: "a castle", seed })).images[0];
    expect(image(1)).not.toBe(image(2));
  });

  it("rejects jpeg output, which the emulator cannot draw, saying so", () => {
    expect(validationMessageOf(answerInvoke(model, { prompt: "a castle", output_format: "jpeg" }))).toMatch(/jpeg.*PNG only/);
  });

  it("rejects an unknown aspect ratio and an out-of-range seed", () => {
    expect(validationMessageOf(answerInvoke(model, { prompt: "a castle", aspect_ratio: "7:3" }))).toContain("aspect_ratio");
    expect(validationMessageOf(answerInvoke(model, { prompt: "a castle", seed: 4_294_967_296 }))).toContain("seed");
  });
});
