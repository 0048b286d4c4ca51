import { type GeneratedImage } from "../invocation.types";
import { readPngSize } from "./png-size";

// JPEG files start with the bytes FF D8 FF, which base64 writes as "/9j/".
const JPEG_BASE64_START = "/9j/";

/**
 * Describes one image from a provider's answer. Titan Image and Nova Canvas return PNG, and the
 * Stability codec asks for PNG; a raw Stability body may ask for JPEG, which is recognized by its
 * first bytes. Width and height are read from the PNG header, so they are true even where a
 * family chose the size itself; they are null for JPEG.
 */
export function describeGeneratedImage(base64: string, seed: number | null): GeneratedImage {
  if (base64.startsWith(JPEG_BASE64_START)) {
    return { base64, mimeType: "image/jpeg", width: null, height: null, seed };
  }
  const size = readPngSize(base64);
  return { base64, mimeType: "image/png", width: size?.width ?? null, height: size?.height ?? null, seed };
}
