import { createHash } from "node:crypto";

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a over the UTF-16 code units of `text`, optionally salted so that one feature can
 * yield independent hashes (bucket and sign). Fast and stable across runs and platforms.
 */
export function hashText(text: string, salt = 0): number {
  let hash = (FNV_OFFSET_BASIS ^ salt) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

/** Hex digest used for response ids: the same request always gets the same id. */
export function stableHex(text: string, length: number): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/** A UUID-shaped id (8-4-4-4-12 hex) derived from `text`, for families whose ids are UUIDs. */
export function stableUuid(text: string): string {
  const hex = stableHex(text, 32);
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
}
