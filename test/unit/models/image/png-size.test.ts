import { describeGeneratedImage } from "../../../../src/models/image/generated-image";
import { readPngSize } from "../../../../src/models/image/png-size";
import { readFixture } from "../read-fixture";

const firstImage = (fixture: string) => (readFixture(fixture) as { images: string[] }).images[0];

describe("reading an image's size", () => {
  it("reads width and height from a PNG's header", () => {
    expect(readPngSize(firstImage("amazon-nova-canvas-response.json"))).toEqual({ width: 1280, height: 720 });
    expect(readPngSize(firstImage("amazon-titan-image-response.json"))).toEqual({ width: 512, height: 512 });
  });

  it("returns null for data that is not a PNG", () => {
    expect(readPngSize(Buffer.from("GIF89a, not a png at all, really").toString("base64"))).toBeNull();
    expect(readPngSize("")).toBeNull();
  });

  it("describes a JPEG by its first bytes, without a size", () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]).toString("base64");
    expect(describeGeneratedImage(jpeg, 7)).toEqual({ base64: jpeg, mimeType: "image/jpeg", width: null, height: null, seed: 7 });
  });
});
