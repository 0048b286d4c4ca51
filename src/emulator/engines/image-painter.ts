import { encodePng, RGB_BYTES_PER_PIXEL } from "./png-writer";
import { hashText } from "./stable-hash";

export interface PaintingRequest {
  prompt: string;
  seed: number;
  width: number;
  height: number;
  /** Which of several images for one request; each differs. */
  index: number;
}

type Colour = readonly [number, number, number];

function colourFrom(hash: number): Colour {
  return [(hash >>> 16) & 0xff, (hash >>> 8) & 0xff, hash & 0xff];
}

/**
 * Draws a diagonal gradient between two colours, crossed by darker diagonal stripes. Colours,
 * stripe width and diagonal direction all hash from prompt, seed and image index, so any change
 * to them changes the pixels.
 *
 * Every pixel depends only on its diagonal (x + y, or x + the flipped y), so one strip of
 * width + height − 1 pixels is painted and each row is a window into it: a 1024×1024 image costs
 * about two thousand pixel computations plus memory copies, and rows that are shifted copies of
 * each other deflate to a few kilobytes.
 */
export function paintPng(request: PaintingRequest): Buffer {
  const { width, height } = request;
  const hash = hashText(`${request.prompt}\u0000${request.seed}\u0000${request.index}`);
  const from = colourFrom(hash);
  const to = colourFrom(hashText(request.prompt, hash));
  const stripeWidth = 8 + (hash % 57);
  const flipped = (hash & 0x100) !== 0;

  const diagonalCount = width + height - 1;
  const strip = Buffer.alloc(diagonalCount * RGB_BYTES_PER_PIXEL);
  for (let diagonal = 0; diagonal < diagonalCount; diagonal += 1) {
    const position = diagonalCount === 1 ? 0 : diagonal / (diagonalCount - 1);
    const shade = Math.floor(diagonal / stripeWidth) % 2 === 0 ? 1 : 0.7;
    for (let channel = 0; channel < RGB_BYTES_PER_PIXEL; channel += 1) {
      const blended = from[channel] + (to[channel] - from[channel]) * position;
      strip[diagonal * RGB_BYTES_PER_PIXEL + channel] = Math.round(blended * shade);
    }
  }

  const rowBytes = 1 + width * RGB_BYTES_PER_PIXEL;
  const scanlines = Buffer.alloc(rowBytes * height);
  for (let row = 0; row < height; row += 1) {
    const first = flipped ? height - 1 - row : row;
    // The leading filter byte stays 0 ("None"); the row is the strip window from `first`.
    strip.copy(scanlines, row * rowBytes + 1, first * RGB_BYTES_PER_PIXEL, (first + width) * RGB_BYTES_PER_PIXEL);
  }
  return encodePng(width, height, scanlines);
}
