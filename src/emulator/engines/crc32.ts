import zlib from "node:zlib";

// zlib.crc32 arrived in Node 20.15 / 22.2; older runtimes get the table-driven CRC-32
// (IEEE 802.3 polynomial, reflected 0xEDB88320) that PNG specifies for its chunk checksums.
const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let value = byte;
  for (let bit = 0; bit < 8; bit += 1) {
    value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  }
  return value >>> 0;
});

function tableCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 as used by PNG and gzip. */
export function crc32(data: Uint8Array): number {
  return nativeCrc32 !== undefined ? nativeCrc32(data) >>> 0 : tableCrc32(data);
}

/** Exposed so tests can check the fallback against the native implementation. */
export const crc32WithoutZlib = tableCrc32;
