/** Media a test sends: real file signatures, so the gateway's and the emulator's checks see what a client would send. */

export const TINY_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

export const SMALL_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
).toString("base64");

/** A PNG of about `bytes` bytes: the tiny image's signature and header, padded as a large photo's data would be. */
export function pngOfSize(bytes: number): string {
  const image = Buffer.alloc(bytes, 7);
  Buffer.from(TINY_PNG, "base64").copy(image);
  return image.toString("base64");
}
