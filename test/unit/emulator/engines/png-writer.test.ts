import zlib from "node:zlib";
import { crc32, crc32WithoutZlib } from "../../../../src/emulator/engines/crc32";
import { paintPng } from "../../../../src/emulator/engines/image-painter";
import { encodePng } from "../../../../src/emulator/engines/png-writer";
import { inspectPng } from "./png-inspection";

describe("crc32", () => {
  it("matches the PNG CRC of an IEND chunk with and without zlib", () => {
    // Every PNG ends with IEND and CRC AE 42 60 82.
    expect(crc32(Buffer.from("IEND"))).toBe(0xae426082);
    expect(crc32WithoutZlib(Buffer.from("IEND"))).toBe(0xae426082);
  });

  it("agrees with the table fallback on arbitrary data", () => {
    const data = Buffer.from(Array.from({ length: 1000 }, (_, index) => (index * 31) % 256));
    expect(crc32WithoutZlib(data)).toBe(crc32(data));
  });
});

describe("encodePng", () => {
  it("writes signature, IHDR, IDAT and IEND with correct CRCs", () => {
    const scanlines = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
    const png = inspectPng(encodePng(2, 2, scanlines));
    expect(png.signatureMatches).toBe(true);
    expect(png.chunks.map((chunk) => chunk.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect(png.chunks.every((chunk) => chunk.crcMatches)).toBe(true);
    expect(png).toMatchObject({ width: 2, height: 2, bitDepth: 8, colourType: 2 });
    expect(png.scanlines).toEqual(scanlines);
  });

  it("refuses scanlines of the wrong size", () => {
    expect(() => encodePng(2, 2, Buffer.alloc(10))).toThrow(RangeError);
  });
});

describe("paintPng", () => {
  const request = { prompt: "a lighthouse at dusk", seed: 7, width: 64, height: 32, index: 0 };

  it("paints the requested size, every row unfiltered", () => {
    const png = inspectPng(paintPng(request));
    expect(png).toMatchObject({ width: 64, height: 32 });
    expect(png.scanlines).toHaveLength((1 + 64 * 3) * 32);
    for (let row = 0; row < 32; row += 1) {
      expect(png.scanlines[row * (1 + 64 * 3)]).toBe(0);
    }
  });

  it("is deterministic, and prompt, seed and index each change the pixels", () => {
    const pixels = (overrides: Partial<typeof request>) => inspectPng(paintPng({ ...request, ...overrides })).scanlines;
    expect(pixels({})).toEqual(pixels({}));
    expect(pixels({ seed: 8 })).not.toEqual(pixels({}));
    expect(pixels({ prompt: "a lighthouse at dawn" })).not.toEqual(pixels({}));
    expect(pixels({ index: 1 })).not.toEqual(pixels({}));
  });

  it("paints 1024×1024 compactly", () => {
    const png = paintPng({ ...request, width: 1024, height: 1024 });
    expect(png.length).toBeLessThan(200_000);
    expect(zlib.inflateSync(inspectPng(png).chunks[1].data)).toHaveLength((1 + 1024 * 3) * 1024);
  });
});
