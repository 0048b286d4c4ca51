/** Pixel size of an image, as written in its own header. */
export interface PixelSize {
  width: number;
  height: number;
}

// A PNG starts with an 8-byte signature, then the IHDR chunk: a 4-byte length, the type
// "IHDR", then width and height as big-endian 32-bit integers (PNG specification §5.2, §11.2.2).
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HEADER_BYTES = 24;
// Base64 turns every 3 bytes into 4 characters; 32 characters cover the 24 bytes needed.
const HEADER_CHARACTERS = 32;

/** Width and height read from a base64 PNG's IHDR chunk; null when the data is not a PNG. */
export function readPngSize(base64: string): PixelSize | null {
  const header = Buffer.from(base64.slice(0, HEADER_CHARACTERS), "base64");
  if (header.length < HEADER_BYTES) return null;
  if (!header.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return null;
  if (header.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}
