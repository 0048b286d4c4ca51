import zlib from "node:zlib";
import { crc32 } from "./crc32";

// PNG file signature (PNG spec §5.2).
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BIT_DEPTH = 8;
const COLOUR_TYPE_TRUECOLOUR = 2;
export const RGB_BYTES_PER_PIXEL = 3;

// A chunk is length, type, data, then the CRC of type and data (PNG spec §5.3).
function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

/**
 * Encodes an 8-bit RGB image as PNG. `scanlines` holds, per row, a filter-type byte followed by
 * `width × 3` colour bytes — (1 + 3 × width) × height bytes in all.
 */
export function encodePng(width: number, height: number, scanlines: Buffer): Buffer {
  const expected = (1 + RGB_BYTES_PER_PIXEL * width) * height;
  if (scanlines.length !== expected) {
    throw new RangeError(`PNG scanlines hold ${scanlines.length} bytes; ${width}×${height} needs ${expected}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(BIT_DEPTH, 8);
  header.writeUInt8(COLOUR_TYPE_TRUECOLOUR, 9);
  // Bytes 10–12 stay 0: deflate compression, adaptive filtering, no interlace.
  return Buffer.concat([PNG_SIGNATURE, chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(scanlines)), chunk("IEND", Buffer.alloc(0))]);
}
