import { novaCanvasCodec } from "../../../../src/models/nova-canvas/nova-canvas.codec";
import { titanImageCodec } from "../../../../src/models/titan-image/titan-image.codec";
import { readFixture } from "../read-fixture";

const MODEL = "amazon.nova-canvas-v1:0";

describe("Nova Canvas", () => {
  it("builds the same TEXT_IMAGE body as Titan Image for the same request", () => {
    const request = { prompt: "a bicycle", negativePrompt: "people", width: 1024, height: 1024, numberOfImages: 3, cfgScale: 6.5, seed: 12 };
    const nova = novaCanvasCodec.encode(request, MODEL);
    expect(nova.ok).toBe(true);
    expect(nova).toEqual(titanImageCodec.encode(request, "amazon.titan-image-generator-v2:0"));
  });

  it("takes sizes Titan cannot, within its own rules", () => {
    expect(novaCanvasCodec.encode({ prompt: "fox", width: 1280, height: 720 }, MODEL).ok).toBe(true);
    expect(novaCanvasCodec.encode({ prompt: "fox", width: 2048, height: 2048 }, MODEL).ok).toBe(true);
  });

  it.each([
    ["width", { width: 300, height: 512 }, /between|from 320/],
    ["height", { width: 512, height: 4112 }, /4096/],
    ["width", { width: 520, height: 512 }, /multiple of 16/],
    ["width", { width: 1600, height: 320 }, /aspect ratio/],
    ["width", { width: 4096, height: 2048 }, /pixels/],
  ])("refuses a size breaking its rules, naming %s", (field, size, message) => {
    const body = novaCanvasCodec.encode({ prompt: "fox", ...size }, MODEL);
    expect(body).toMatchObject({ ok: false, failure: { field } });
    expect(!body.ok && body.failure.message).toMatch(message);
  });

  it.each([
    ["seed", { seed: 858993460 }],
    ["numberOfImages", { numberOfImages: 6 }],
    ["cfgScale", { cfgScale: 11 }],
    ["prompt", { prompt: "x".repeat(1025) }],
  ])("refuses %s outside its documented range", (field, option) => {
    expect(novaCanvasCodec.encode({ prompt: "fox", ...option }, MODEL)).toMatchObject({ ok: false, failure: { field } });
  });

  it("reads every image with its size", () => {
    const generation = novaCanvasCodec.decode(readFixture("amazon-nova-canvas-response.json"));
    expect(generation.ok && generation.value.images.map(({ width, height, mimeType }) => ({ width, height, mimeType }))).toEqual([
      { width: 1280, height: 720, mimeType: "image/png" },
      { width: 1280, height: 720, mimeType: "image/png" },
    ]);
  });

  it("keeps the images that passed moderation when others were blocked", () => {
    const generation = novaCanvasCodec.decode(readFixture("amazon-nova-canvas-partly-blocked.json"));
    expect(generation.ok && generation.value.images).toHaveLength(1);
  });

  it("reports output moderation when every image was blocked", () => {
    const generation = novaCanvasCodec.decode(readFixture("amazon-nova-canvas-blocked.json"));
    expect(!generation.ok && generation.failure.message).toContain("All of the generated images have been blocked");
  });
});
