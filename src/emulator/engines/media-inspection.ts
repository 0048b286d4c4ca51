/**
 * What the emulator checks of media bytes before a model would read them, as Bedrock does:
 * that the base64 decodes, that the bytes are the declared kind, and that they fit the limit.
 * The answer is a problem in words, or what the model "sees".
 */

const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  png: (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpeg: (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
  gif: (bytes) => bytes.subarray(0, 4).toString("latin1") === "GIF8",
  webp: (bytes) => bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP",
  pdf: (bytes) => bytes.subarray(0, 5).toString("latin1") === "%PDF-",
};

export type MediaInspection = { ok: true; description: string; bytes: number } | { ok: false; problem: string };

/** The format's name as the families' media types spell it: image/jpeg, jpg → jpeg, application/pdf → pdf. */
export function formatName(mediaTypeOrFormat: string): string {
  const name = mediaTypeOrFormat.toLowerCase().replace(/^(image|application|video|text)\//, "");
  return name === "jpg" ? "jpeg" : name === "plain" ? "txt" : name;
}

/** Reads `base64` as media of `format` no larger than `maxBytes`. */
export function inspectMedia(kind: string, format: string, base64: string, maxBytes: number): MediaInspection {
  if (base64.length === 0 || base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    return { ok: false, problem: `The ${kind} bytes are not valid base64.` };
  }
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length > maxBytes) {
    return { ok: false, problem: `The ${kind} is ${bytes.length} bytes, which exceeds the maximum of ${maxBytes} bytes.` };
  }
  const name = formatName(format);
  const matches = SIGNATURES[name];
  if (matches !== undefined && !matches(bytes)) {
    return { ok: false, problem: `The ${kind} format ${name} does not match the ${kind} bytes.` };
  }
  return { ok: true, description: `a ${name} ${kind} of ${bytes.length} bytes`, bytes: bytes.length };
}
