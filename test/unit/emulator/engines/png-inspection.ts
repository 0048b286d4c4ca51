import zlib from "node:zlib";
import { crc32WithoutZlib } from "../../../../src/emulator/engines/crc32";

export interface PngChunk {
  type: string;
  data: Buffer;
  crcMatches: boolean;
}

export interface InspectedPng {
  signatureMatches: boolean;
  chunks: PngChunk[];
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** The inflated, concatenated IDAT data: filter byte plus pixels, per row. */
  scanlines: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads a PNG the way a decoder would, checking each chunk's CRC independently of the writer. */
export function inspectPng(png: Buffer): InspectedPng {
  const chunks: PngChunk[] = [];
  let offset = SIGNATURE.length;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const storedCrc = png.readUInt32BE(offset + 8 + length);
    chunks.push({
      type: typeAndData.subarray(0, 4).toString("latin1"),
      data: typeAndData.subarray(4),
      crcMatches: crc32WithoutZlib(typeAndData) === storedCrc,
    });
    offset += 12 + length;
  }
  const header = chunks[0].data;
  const compressed = Buffer.concat(chunks.filter((chunk) => chunk.type === "IDAT").map((chunk) => chunk.data));
  return {
    signatureMatches: png.subarray(0, 8).equals(SIGNATURE),
    chunks,
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    bitDepth: header.readUInt8(8),
    colourType: header.readUInt8(9),
    scanlines: zlib.inflateSync(compressed),
  };
}
