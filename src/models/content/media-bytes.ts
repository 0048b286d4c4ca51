/** Reading base64 media without decoding all of it: its size, and what its first bytes say it is. */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Whether the text is standard, padded base64 (what every family's JSON body carries). */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64.test(text);
}

/** The number of bytes the base64 text decodes to. */
export function decodedLength(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

// File signatures of the formats whose bytes say what they are; other formats (csv, txt, md,
// html, and the video containers) are taken as declared.
const SIGNATURES: Array<{ format: string; matches: (head: Buffer) => boolean }> = [
  { format: "png", matches: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { format: "jpeg", matches: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
  { format: "gif", matches: (head) => head.subarray(0, 4).toString("latin1") === "GIF8" },
  { format: "webp", matches: (head) => head.subarray(0, 4).toString("latin1") === "RIFF" && head.subarray(8, 12).toString("latin1") === "WEBP" },
  { format: "pdf", matches: (head) => head.subarray(0, 5).toString("latin1") === "%PDF-" },
];

/**
 * The format the bytes' signature names, among the formats with a signature; null when the
 * bytes match none of them (text formats, video, or bytes of no known kind).
 */
export function sniffFormat(base64: string): string | null {
  const head = Buffer.from(base64.slice(0, 24), "base64");
  return SIGNATURES.find(({ matches }) => matches(head))?.format ?? null;
}

/** Whether the format has a signature `sniffFormat` can recognize. */
export function hasSignature(format: string): boolean {
  return SIGNATURES.some((signature) => signature.format === format);
}
