/** Compressed embedding forms Cohere Embed returns on request (`embedding_types`). */
export type EmbeddingType = "float" | "int8" | "uint8" | "binary" | "ubinary";

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

// Binary forms keep one sign bit per dimension, eight to a byte, most significant bit first;
// "binary" reads each byte as signed (−128…127), "ubinary" as unsigned (0…255).
function packSignBits(vector: readonly number[], signed: boolean): number[] {
  const bytes: number[] = [];
  for (let offset = 0; offset < vector.length; offset += 8) {
    let byte = 0;
    for (let bit = 0; bit < 8; bit += 1) {
      byte = (byte << 1) | ((vector[offset + bit] ?? 0) > 0 ? 1 : 0);
    }
    bytes.push(signed ? byte - 128 : byte);
  }
  return bytes;
}

/** Expresses a unit-length float embedding in the requested type. */
export function quantizeEmbedding(unitVector: readonly number[], type: EmbeddingType): number[] {
  switch (type) {
    case "float":
      return [...unitVector];
    case "int8":
      return unitVector.map((value) => clamp(Math.round(value * 127), -128, 127));
    case "uint8":
      return unitVector.map((value) => clamp(Math.round((value + 1) * 127.5), 0, 255));
    case "binary":
      return packSignBits(unitVector, true);
    case "ubinary":
      return packSignBits(unitVector, false);
  }
}
