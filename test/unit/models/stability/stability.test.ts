import { stabilityCodec } from "../../../../src/models/stability/stability.codec";
import { readFixture } from "../read-fixture";

const MODEL = "stability.sd3-5-large-v1:0";
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("Stability", () => {
  it("turns a size into its aspect ratio and always asks for PNG", () => {
    const body = stabilityCodec.encode({ prompt: "a cat", negativePrompt: "dogs", width: 1344, height: 768, seed: 4294967294 }, MODEL);
    expect(body).toEqual({
      ok: true,
      value: { prompt: "a cat", negative_prompt: "dogs", aspect_ratio: "16:9", seed: 4294967294, output_format: "png", mode: "text-to-image" },
    });
  });

  it("leaves the aspect ratio to the model when no size is asked", () => {
    const body = stabilityCodec.encode({ prompt: "a cat" }, "stability.stable-image-ultra-v1:1");
    expect(body.ok && asJson(body.value)).toEqual({ prompt: "a cat", output_format: "png", mode: "text-to-image" });
  });

  it("maps 1024x1024 to 1:1", () => {
    const body = stabilityCodec.encode({ prompt: "a cat", width: 1024, height: 1024 }, "stability.stable-image-core-v1:1");
    expect(body.ok && body.value).toMatchObject({ aspect_ratio: "1:1" });
  });

  it("refuses a size with no matching ratio, naming width and listing the sizes", () => {
    const body = stabilityCodec.encode({ prompt: "a cat", width: 333, height: 517 }, MODEL);
    expect(!body.ok && body.failure).toMatchObject({ field: "width", message: expect.stringContaining("1024x1024 (1:1)") });
  });

  it.each([
    ["numberOfImages", { numberOfImages: 2 }],
    ["cfgScale", { cfgScale: 7 }],
    ["seed", { seed: 4294967295 }],
  ])("refuses %s", (field, option) => {
    expect(stabilityCodec.encode({ prompt: "a cat", ...option }, MODEL)).toMatchObject({ ok: false, failure: { field } });
  });

  it("reads each image with its seed and true size", () => {
    const generation = stabilityCodec.decode(readFixture("stability-response.json"));
    expect(generation.ok && generation.value.images).toEqual([
      { base64: expect.any(String), mimeType: "image/png", width: 1344, height: 768, seed: 2130420379 },
    ]);
  });

  it("reports a filtered request with Stability's reason", () => {
    const generation = stabilityCodec.decode(readFixture("stability-filtered.json"));
    expect(!generation.ok && generation.failure.message).toContain("Filter reason: prompt");
  });
});
